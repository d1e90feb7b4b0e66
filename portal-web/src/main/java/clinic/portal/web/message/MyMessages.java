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


    @Override
    protected Conversation fetch(int max) {
        return conversations.openMine(max);
    }

    @Override
    protected MessageLine send(String text) {
        return conversations.sendMine(text);
    }
}
