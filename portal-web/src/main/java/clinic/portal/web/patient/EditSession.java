package clinic.portal.web.patient;

import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.log.Urgency;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
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
        try {
            SessionLog session = sessions.getMine(id == null ? -1 : id);
            if (session.isDeleted()) {
                throw new NotFoundException("session", id);
            }
            version = session.getVersion();
            ticked = session.getRedFlags();
            start(session.toEntry());
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public void save() throws IOException {
        if (!amountGiven()) {
            return;
        }
        try {
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
        } catch (RuleViolation e) {
            show(e);
            return;
        }
        Faces.redirect(Faces.getRequestContextPath() + "/patient/history.xhtml");
    }

    public void delete() throws IOException {
        try {
            sessions.delete(id);
        } catch (RuleViolation e) {
            show(e);
            return;
        }
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
