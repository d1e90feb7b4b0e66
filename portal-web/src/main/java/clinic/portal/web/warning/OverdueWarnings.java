package clinic.portal.web.warning;

import clinic.portal.ejb.warning.WarningSign;
import clinic.portal.ejb.warning.WarningSignService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Backs {@code /admin/warnings/index.xhtml}: warning signs that no clinician reviewed in time, escalated to the
 * administrators so that someone makes sure the patient's clinicians act (or reaches the patient).
 */
@Named
@RequestScoped
public class OverdueWarnings {

    @Inject
    private WarningSignService warningSigns;

    private List<WarningSign> overdue;

    @PostConstruct
    void load() {
        overdue = warningSigns.overdue();
    }

    public List<WarningSign> getOverdue() {
        return overdue;
    }

    public long getLimitHours() {
        return warningSigns.limit().toHours();
    }

    public long getLimitMinutes() {
        return warningSigns.limit().toMinutes();
    }
}
