package clinic.portal.web.message;

import clinic.portal.ejb.message.Conversation;
import clinic.portal.ejb.message.Conversations;
import clinic.portal.ejb.message.MessageLine;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code /patient/messages.xhtml}: the patient writes to their care team and reads the replies. */
@Named
@ViewScoped
public class MyMessages extends ConversationView {

    private static final long serialVersionUID = 1L;

    @Inject
    private Conversations conversations;

    /**
     * The view action: opens the conversation before the page renders, so the navigation's unread count (rendered
     * first) already counts these messages read.
     */
    public void open() {
        load();
    }

    @Override
    protected Conversation open(int max) {
        return conversations.openMine(max);
    }

    @Override
    protected MessageLine send(String text) {
        return conversations.sendMine(text);
    }
}
