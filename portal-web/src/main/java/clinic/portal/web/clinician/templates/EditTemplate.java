package clinic.portal.web.clinician.templates;

import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.domain.programme.ProgrammeTemplate;
import clinic.portal.ejb.programme.TemplateDraft;
import clinic.portal.ejb.programme.TemplateService;
import clinic.portal.web.programme.PlanEditing;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;

/** Backs {@code /clinician/templates/edit.xhtml[?id=…]}: a template's name, description and plan. */
@Named
@ViewScoped
public class EditTemplate extends PlanEditing {

    private static final long serialVersionUID = 1L;

    @Inject
    private TemplateService templates;

    private Long id;
    private long version;

    @NotBlank(message = "{template.name.required}")
    @Size(max = ProgrammeTemplate.NAME_MAX, message = "{template.name.size}")
    private String name;

    @Size(max = ProgrammeTemplate.DESCRIPTION_MAX, message = "{template.description.size}")
    private String description;

    public void load() throws IOException {
        if (id == null) {
            edit(new PlanDraft());
            addPhase();
            return;
        }
        TemplateDraft template = templates.getDraft(id);
        version = template.version();
        name = template.name();
        description = template.description();
        edit(template.plan());
    }

    public void save() throws IOException {
        if (!validDraft()) {
            return;
        }
        if (id == null) {
            templates.create(name, description, getDraft());
        } else {
            templates.update(id, version, name, description, getDraft());
        }
        Messages.addFlashGlobalInfo("template.saved", name);
        Faces.redirect(Faces.getRequestContextPath() + "/clinician/templates/index.xhtml");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
