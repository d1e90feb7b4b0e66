package clinic.portal.web.programme;

import clinic.portal.domain.language.Language;
import clinic.portal.domain.programme.Programme;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.programme.ProgrammeService;
import clinic.portal.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * The "Handout (PDF)" buttons, as GET addresses that answer the file: the patient's on their programme page
 * ({@code /patient/handout.xhtml}, in the language of their pages), a clinician's on the patient page
 * ({@code /clinician/patients/handout.xhtml?patient=ID}, in the language the patient chose, else the base one: the
 * handout is for the patient, whoever prints it). Read, and audited, before anything is sent: no programme, or a
 * patient the caller may not see, is a 404.
 */
@Named
@RequestScoped
public class HandoutDownload {

    @Inject
    private ProgrammeService programmes;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private DoseWords words;

    private Long patient;

    public void mine() throws IOException {
        send(programmes.handoutMine().orElseThrow(() -> new NotFoundException("programme", "mine")), Texts.locale());
    }

    public void ofPatient() throws IOException {
        Programme programme = programmes.handout(patient).orElseThrow(() -> new NotFoundException("programme", patient));
        send(programme, programme.getPatient().getLanguage().orElse(Language.BASE).locale());
    }

    /** Writes the whole PDF first (a few kilobytes), so that nothing half-written is ever sent. */
    private void send(Programme programme, Locale locale) throws IOException {
        ProgrammeView view = ProgrammeView.of(programme, calendar.today(), words, locale);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Handout.write(pdf, programme.getPatient().getDisplayName(), view, locale, calendar.today());
        Faces.sendFile(pdf.toByteArray(), "programme-" + calendar.today() + ".pdf", true);
    }

    public Long getPatient() {
        return patient;
    }

    public void setPatient(Long patient) {
        this.patient = patient;
    }
}
