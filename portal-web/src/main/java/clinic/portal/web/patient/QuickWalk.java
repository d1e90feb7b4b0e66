package clinic.portal.web.patient;

import clinic.portal.domain.adherence.Adherence;
import clinic.portal.domain.log.SessionEntry;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.log.SessionLogService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;

/**
 * "I walked now" on the patient's home page: one tap records a walk of the prescribed minutes, now, and comes back
 * to the page (post, redirect, get) with {@code ?walked=id}, which says what was recorded and offers to add pain and
 * a note (the session's own page) or to undo it ({@code ?undone=true} then says it is taken back). Ten minutes when nothing prescribes how long: the clinic's advice
 * for everyone (docs/domain.md).
 */
@Named
@ViewScoped
public class QuickWalk implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Minutes of a walk when no programme says: "walk at least 10 minutes, twice a day". */
    static final int DEFAULT_MINUTES = 10;

    @Inject
    private SessionLogService sessions;

    @Inject
    private Today today;

    @Inject
    private ClinicCalendar calendar;

    private Long walked;
    private Walk recorded;
    private boolean undone;

    /** Records the walk and goes back to the home page, which then shows it. */
    public void record() throws IOException {
        SessionEntry entry = new SessionEntry();
        entry.setExerciseId(today.getWalking());
        entry.setPerformedAt(calendar.now());
        entry.setMinutes(prescribedMinutes());
        SessionLog session = sessions.record(entry, null).session();
        Faces.redirect(Faces.getRequestContextPath() + "/patient/index.xhtml?walked=" + session.getId());
    }

    /** Takes back the walk just recorded (it stays in the record, marked deleted by the patient). */
    public void undo() throws IOException {
        if (walked != null) {
            sessions.delete(walked);
        }
        Faces.redirect(Faces.getRequestContextPath() + "/patient/index.xhtml?undone=true");
    }

    /** The minutes of one walk as the programme prescribes today, or {@value #DEFAULT_MINUTES}. */
    int prescribedMinutes() {
        Long walking = today.getWalking();
        return today.getProgress().stream()
                .filter(p -> walking != null && p.exerciseId() == walking)
                .map(Adherence.Progress::dose)
                .filter(d -> d.getMinutes() != null)
                .map(d -> d.getMinutes())
                .findFirst()
                .orElse(DEFAULT_MINUTES);
    }

    /**
     * The walk named by {@code ?walked=}, if it is the caller's and still stands (read once per view: the undo button
     * is rendered, and so pressed, only while it is there).
     */
    public Walk getRecorded() {
        if (recorded == null && walked != null) {
            SessionLog session = sessions.getMine(walked);
            recorded = session.isDeleted() ? null : new Walk(session.getId(), session.getMinutes(),
                    DateTimeFormatter.ofPattern("HH:mm").format(session.getPerformedAt().atZoneSameInstant(calendar.zone())));
        }
        return recorded;
    }

    /** A walk just recorded, as the page says it: its id, minutes and time on the clinic's clock ("09:32"). */
    public record Walk(long id, Integer minutes, String at) implements Serializable {
    }

    public boolean isUndone() {
        return undone;
    }

    public void setUndone(boolean undone) {
        this.undone = undone;
    }

    public Long getWalked() {
        return walked;
    }

    public void setWalked(Long walked) {
        this.walked = walked;
    }
}
