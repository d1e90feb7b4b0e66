package clinic.portal.ejb.message;

import java.io.Serializable;
import java.util.List;

/**
 * A patient's conversation with their care team as the caller opens it: the patient, the newest messages first (at
 * most the number asked for), and how many there are in all.
 */
public record Conversation(long patientId, String patientName, List<MessageLine> messages, long total) implements Serializable {

    /** Whether older messages are left out. */
    public boolean hasOlder() {
        return total > messages.size();
    }
}
