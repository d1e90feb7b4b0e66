package clinic.portal.web.message;

import clinic.portal.ejb.message.Conversations;
import clinic.portal.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The navigation's count of unread messages: for a patient, their care team's; for a clinician, their patients'
 * that nobody of the care team has read. One count query per page, asked only where the badge shows.
 */
@Named
@RequestScoped
public class MessageBadge {

    @Inject
    private Conversations conversations;

    @Inject
    private CurrentUser currentUser;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = currentUser.isClinician() || currentUser.isPatient() ? conversations.unread() : 0L;
        }
        return count;
    }
}
