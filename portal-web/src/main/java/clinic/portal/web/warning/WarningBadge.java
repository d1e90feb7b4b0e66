package clinic.portal.web.warning;

import clinic.portal.web.CurrentUser;
import clinic.portal.ejb.warning.WarningSignService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The navigation's count of warning signs: for a clinician, the open ones of their patients; for an administrator,
 * the overdue ones of the clinic. One count query per page, asked only when the page shows the badge.
 */
@Named
@RequestScoped
public class WarningBadge {

    @Inject
    private WarningSignService warningSigns;

    @Inject
    private CurrentUser currentUser;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = currentUser.isClinician() ? warningSigns.openCount()
                    : currentUser.isAdmin() ? warningSigns.overdueCount() : 0L;
        }
        return count;
    }
}
