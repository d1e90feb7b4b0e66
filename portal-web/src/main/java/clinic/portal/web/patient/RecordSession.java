package clinic.portal.web.patient;

import clinic.portal.domain.log.SessionEntry;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.log.Urgency;
import clinic.portal.ejb.log.SessionLogService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Backs {@code /patient/record.xhtml[?exercise=…]}: records a session. The form carries its own idempotency key,
 * so a double click or a resent request records it once. A warning sign keeps the patient on the page with the
 * advice its urgency calls for, in plain view until they close it.
 */
@Named
@ViewScoped
public class RecordSession extends SessionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionLogService sessions;

    private Long exercise;
    private String key = UUID.randomUUID().toString();
    private Urgency advice;

    public void load() {
        SessionEntry entry = new SessionEntry();
        entry.setExerciseId(exercise);
        start(entry);
    }

    public void save() throws IOException {
        if (!amountGiven()) {
            return;
        }
        SessionLog session = sessions.record(completedEntry(), key).session();
        key = UUID.randomUUID().toString();
        Optional<Urgency> urgency = Urgency.of(session.getRedFlags());
        if (urgency.isPresent()) {
            advice = urgency.get();
            Messages.addGlobalInfo(savedKey(session), session.getWhat(), amount(session));
            start(new SessionEntry());
            return;
        }
        Messages.addFlashGlobalInfo(savedKey(session), session.getWhat(), amount(session));
        Faces.redirect(Faces.getRequestContextPath() + "/patient/index.xhtml");
    }

    public Long getExercise() {
        return exercise;
    }

    public void setExercise(Long exercise) {
        this.exercise = exercise;
    }

    /** What the patient must do about the warning signs just recorded; null when they ticked none. */
    public Urgency getAdvice() {
        return advice;
    }

    public void closeAdvice() {
        advice = null;
    }
}
