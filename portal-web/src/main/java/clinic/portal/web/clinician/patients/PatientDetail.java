package clinic.portal.web.clinician.patients;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.programme.Programme;
import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.adherence.AdherenceService;
import clinic.portal.ejb.adherence.RecentAdherence;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.log.SessionLogService;
import clinic.portal.ejb.warning.WarningSign;
import clinic.portal.ejb.warning.WarningSignService;
import clinic.portal.ejb.patient.CareTeam;
import clinic.portal.ejb.programme.ProgrammeService;
import clinic.portal.ejb.review.ReviewService;
import clinic.portal.web.ProgressCharts;
import clinic.portal.web.programme.DoseWords;
import clinic.portal.web.programme.ProgrammeView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code /clinician/patients/detail.xhtml?id=…}: one of the clinician's patients, their programme phase by
 * phase and its history, and their warning signs to review. Another clinician's patient answers 404.
 * <p>
 * View-scoped: the warning signs a "Mark as reviewed" button belongs to must still be there when its press is
 * decoded (a request-scoped bean loaded them only in the view action, which does not run on postback).
 */
@Named
@ViewScoped
public class PatientDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ProgrammeService programmes;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private DoseWords words;

    @Inject
    private AdherenceService adherence;

    @Inject
    private SessionLogService sessions;

    @Inject
    private ReviewService reviews;

    @Inject
    private WarningSignService warningSigns;

    private Long id;
    private Account patient;
    private ProgrammeView current;
    private List<Programme> past;
    private RecentAdherence adherenceSummary;
    private List<WarningSign> warnings;
    private List<SessionLog> recent;
    private Set<ReviewFlag> review;

    public void load() throws IOException {
        patient = careTeam.requireMyPatient(id == null ? -1 : id);
        LocalDate today = calendar.today();
        List<Programme> history = programmes.history(id);
        Programme running = programmes.findCurrent(id).orElse(null);
        current = running == null ? null : ProgrammeView.of(running, today, words);
        adherenceSummary = adherence.recent(id);
        warnings = warningSigns.ofPatient(id);
        review = reviews.flags(id);
        recent = sessions.list(id, today.minusDays(13), today);
        past = history.stream()
                .filter(p -> p.getEndsOn() != null && !p.getEndsOn().isAfter(today) && p.getStartDate().isBefore(p.getEndsOn()))
                .toList();
    }

    /** A share as a whole percentage, or a dash when nothing was prescribed. */
    public String percent(java.util.Optional<Double> share) {
        return share.map(s -> Math.round(s * 100) + "%").orElse("—");
    }

    public RecentAdherence getAdherence() {
        return adherenceSummary;
    }

    /** Open warning signs and those reviewed lately, newest first. */
    public List<WarningSign> getWarnings() {
        return warnings;
    }

    /** The page's own address, to come back to after a review. */
    public String getSelf() {
        return "/clinician/patients/detail.xhtml?id=" + id;
    }

    /** Minutes per day against what was prescribed, over the last 30 days. */
    public String getMinutesChart() {
        return ProgressCharts.minutes(adherenceSummary.days());
    }

    /** The pain trend: average pain before and after sessions, per day, over the last 30 days. */
    public String getPainChart() {
        return ProgressCharts.pain(adherenceSummary.days());
    }

    /** Why this patient needs a look, besides the red flags listed on their own. */
    public Set<ReviewFlag> getReview() {
        return review;
    }

    public List<SessionLog> getRecent() {
        return recent;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getPatient() {
        return patient;
    }

    public ProgrammeView getCurrent() {
        return current;
    }

    public List<Programme> getPast() {
        return past;
    }
}
