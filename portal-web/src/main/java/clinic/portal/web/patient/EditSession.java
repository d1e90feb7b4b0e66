package clinic.portal.web.patient;

import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.log.Urgency;
import clinic.portal.ejb.log.SessionLogService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.util.Set;

/**
 * Backs {@code /patient/session.xhtml?id=…}: corrects or deletes one of the patient's own sessions within
 * 14 days. A deleted session stays in the clinical record, marked as deleted.
 */
@Named
@ViewScoped
public class EditSession extends SessionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionLogService sessions;

    private Long id;
    private long version;
    private Set<RedFlag> ticked = Set.of();
    private Urgency advice;

    public void load() throws IOException {
        SessionLog session = sessions.getMineToCorrect(id == null ? -1 : id);
        version = session.getVersion();
        ticked = session.getRedFlags();
        start(session.toEntry());
    }

    public void save() throws IOException {
        if (!amountGiven()) {
            return;
        }
        SessionLog session = sessions.correct(id, version, completedEntry());
        Set<RedFlag> newlyTicked = session.getRedFlags();
        newlyTicked.removeAll(ticked);
        if (!newlyTicked.isEmpty()) {
            advice = Urgency.of(newlyTicked).orElseThrow();
            version = session.getVersion();
            ticked = session.getRedFlags();
            Messages.addGlobalInfo(savedKey(session), session.getWhat(), amount(session));
            return;
        }
        Messages.addFlashGlobalInfo(savedKey(session), session.getWhat(), amount(session));
        Faces.redirect(Faces.getRequestContextPath() + "/patient/history.xhtml");
    }

    public void delete() throws IOException {
        sessions.delete(id);
        Messages.addFlashGlobalInfo("record.deleted");
        Faces.redirect(Faces.getRequestContextPath() + "/patient/history.xhtml");
    }

    /** What the patient must do about warning signs newly ticked in this correction; null otherwise. */
    public Urgency getAdvice() {
        return advice;
    }

    public void closeAdvice() {
        advice = null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
