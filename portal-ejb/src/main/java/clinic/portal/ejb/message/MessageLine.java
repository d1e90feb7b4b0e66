package clinic.portal.ejb.message;

import clinic.portal.domain.message.CareMessage;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One message as a page shows it: who wrote it (their name, and whether it was the patient), when, its text, and
 * whether the other side has read it (and who of the care team did).
 */
public record MessageLine(long id, String author, boolean fromPatient, boolean mine, String text, OffsetDateTime sentAt,
                          OffsetDateTime readAt, String readBy) implements Serializable {

    static MessageLine of(CareMessage message, long callerId) {
        return new MessageLine(message.getId(), message.getAuthor().getDisplayName(), message.isFromPatient(),
                message.getAuthor().getId() == callerId, message.getText(), message.getSentAt(), message.getReadAt(),
                message.getReadBy() == null ? null : message.getReadBy().getDisplayName());
    }
}
