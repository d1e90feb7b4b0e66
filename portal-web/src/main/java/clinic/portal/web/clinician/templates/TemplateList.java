package clinic.portal.web.clinician.templates;

import clinic.portal.ejb.programme.TemplateService;
import clinic.portal.ejb.programme.TemplateSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.util.List;

/** Backs {@code /clinician/templates/index.xhtml}. */
@Named
@RequestScoped
public class TemplateList {

    @Inject
    private TemplateService templates;

    private List<TemplateSummary> list;

    public void archive(TemplateSummary template) {
        templates.archive(template.id());
        Messages.addGlobalInfo("template.archived", template.name());
        list = null;
    }

    public List<TemplateSummary> getList() {
        if (list == null) {
            list = templates.list();
        }
        return list;
    }
}
