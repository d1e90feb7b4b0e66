package clinic.portal.web.clinician.patients;

import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.domain.programme.Programme;
import clinic.portal.ejb.programme.ProgrammeEdit;
import clinic.portal.ejb.programme.ProgrammeService;
import clinic.portal.ejb.programme.TemplateService;
import clinic.portal.ejb.programme.TemplateSummary;
import clinic.portal.web.programme.PlanEditing;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs {@code /clinician/patients/programme.xhtml?patient=…}: assigns a programme (from a template or from
 * scratch), or, when the patient has one and {@code new} is not set, changes it from a date on. The version the
 * clinician started from goes with the save, so a concurrent change is refused and these edits stay on screen.
 */
@Named
@ViewScoped
public class ProgrammeEditor extends PlanEditing {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgrammeService programmes;

    @Inject
    private TemplateService templates;


    private Long patientId;
    private boolean assignNew;
    private String patientName;
    private Long programmeId;
    private long programmeVersion;
    private Long templateId;
    private List<TemplateSummary> templateList;

    @NotNull(message = "{programme.date.required}")
    private LocalDate date;

    @Size(max = Programme.NOTE_MAX, message = "{programme.note.size}")
    private String note;

    public void load() {
        ProgrammeEdit editing = programmes.editing(patientId == null ? -1 : patientId, assignNew);
        patientName = editing.patientName();
        programmeId = editing.programmeId();
        programmeVersion = editing.version();
        note = editing.note();
        date = editing.firstDay();
        templateList = editing.templates();
        edit(editing.draft());
    }

    /** Replaces the draft with the chosen template's plan; its cautioned exercises must be confirmed again. */
    public void useTemplate() {
        if (templateId == null) {
            edit(new PlanDraft());
            addPhase();
        } else {
            edit(templates.planForPatient(templateId));
        }
    }

    public void save() throws IOException {
        if (!validDraft()) {
            return;
        }
        if (isRevising()) {
            programmes.revise(programmeId, programmeVersion, date, note, getDraft());
            Messages.addFlashGlobalInfo("programme.revised", patientName, date);
        } else {
            programmes.assign(patientId, date, note, getDraft());
            Messages.addFlashGlobalInfo("programme.assigned", patientName, date);
        }
        Faces.redirect(Faces.getRequestContextPath() + "/clinician/patients/plan.xhtml?id=" + patientId);
    }

    public boolean isRevising() {
        return programmeId != null;
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
    }

    public boolean isAssignNew() {
        return assignNew;
    }

    public void setAssignNew(boolean assignNew) {
        this.assignNew = assignNew;
    }

    public String getPatientName() {
        return patientName;
    }

    public List<TemplateSummary> getTemplates() {
        return templateList;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
