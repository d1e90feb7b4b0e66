package clinic.portal.web.message;

import clinic.portal.domain.message.CareMessage;
import clinic.portal.ejb.message.Conversation;
import clinic.portal.ejb.message.MessageLine;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What both sides' conversation pages do: show the newest messages (more on asking), and send one. A message that
 * cannot be sent keeps its text in the box, with the reason beside it. The service calls are the subclass's.
 */
public abstract class ConversationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many messages a page shows at first, and how many more "Show earlier messages" adds. */
    static final int PAGE = 30;

    private Conversation conversation;
    private int shown = PAGE;
    private String text;
    private boolean sent;

    /** Opens the conversation with the newest {@code max} messages (marking the other side's read). */
    protected abstract Conversation fetch(int max);

    /** Sends the text in this conversation. */
    protected abstract MessageLine send(String text);

    /**
     * The pages' view action: opens the conversation before the page renders (so the navigation's unread count,
     * rendered first, already counts these messages read).
     */
    public void open() {
        conversation = fetch(shown);
    }

    public void sendMessage() {
        MessageLine line = send(text);
        List<MessageLine> lines = new ArrayList<>(conversation.messages().size() + 1);
        lines.add(line);
        lines.addAll(conversation.messages());
        conversation = new Conversation(conversation.patientId(), conversation.patientName(), lines,
                conversation.total() + 1);
        text = null;
        sent = true;
        Messages.addGlobalInfo("messages.sent");
    }

    public void showEarlier() {
        shown += PAGE;
        open();
    }

    public Conversation getConversation() {
        return conversation;
    }

    public int getMaxLength() {
        return CareMessage.TEXT_MAX;
    }

    /** Whether a message was just sent from this view (the box is then empty on purpose). */
    public boolean isSent() {
        return sent;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
