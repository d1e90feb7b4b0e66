package clinic.portal.ejb.message;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One conversation in a clinician's list: the patient, when the latest message was written, and how many are unread. */
public record InboxLine(long patientId, String patientName, OffsetDateTime latest, long unread) implements Serializable {
}
