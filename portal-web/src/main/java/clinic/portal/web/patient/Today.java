package clinic.portal.web.patient;

import clinic.portal.domain.adherence.Adherence;
import clinic.portal.ejb.adherence.DayOfProgress;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.outcome.DueQuestionnaire;
import clinic.portal.ejb.patient.PatientViews;
import clinic.portal.ejb.patient.TodayOverview;
import clinic.portal.ejb.warning.WarningSign;
import clinic.portal.web.programme.DoseWords;
import clinic.portal.web.programme.ProgrammeView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/**
 * Backs {@code /patient/index.xhtml}, in one boundary call ({@link PatientViews#today}): what is prescribed today
 * and how much of it is done ("Walking: 1 of 2 done, 10 of 20 minutes"), the phase, the week at a glance, and the
 * patient's recent warning signs.
 */
@Named
@RequestScoped
public class Today {

    @Inject
    private PatientViews patientViews;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private DoseWords words;

    private TodayOverview overview;
    private ProgrammeView programme;

    @PostConstruct
    void load() {
        overview = patientViews.today();
        programme = overview.programme() == null ? null : ProgrammeView.of(overview.programme(), calendar.today(), words);
    }

    public List<Adherence.Progress> getProgress() {
        return overview.progress();
    }

    public boolean isAllDone() {
        return !overview.progress().isEmpty() && overview.progress().stream().allMatch(Adherence.Progress::isDone);
    }

    /** The patient's warning signs still open or reviewed lately, and what the clinic did. */
    public List<WarningSign> getWarnings() {
        return overview.warnings();
    }

    /** The outcome questionnaires waiting for an answer. */
    public List<DueQuestionnaire> getDue() {
        return overview.due();
    }

    public List<DayOfProgress> getWeek() {
        return overview.week();
    }

    public LocalDate getDate() {
        return calendar.today();
    }

    /** The exercise the big button records: the walking prescribed today, or the library's. */
    public Long getWalking() {
        return overview.walking();
    }

    public ProgrammeView getProgramme() {
        return programme;
    }

    /** Today's phase, if the programme prescribes anything today. */
    public ProgrammeView.PhaseView getPhase() {
        return programme == null ? null
                : programme.phases().stream().filter(ProgrammeView.PhaseView::current).findFirst().orElse(null);
    }

    public boolean isNotStarted() {
        return programme != null && programme.startDate().isAfter(calendar.today());
    }
}
