package clinic.portal.web.patient;

import clinic.portal.domain.adherence.Adherence;
import clinic.portal.ejb.adherence.AdherenceService;
import clinic.portal.ejb.adherence.DayOfProgress;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.patient.CareTeam;
import clinic.portal.ejb.warning.WarningSign;
import clinic.portal.ejb.warning.WarningSignService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Backs {@code /patient/index.xhtml}: what is prescribed today and how much of it is done ("Walking: 1 of 2
 * done, 10 of 20 minutes"), and the week at a glance.
 */
@Named
@RequestScoped
public class Today {

    /** The library's walking entry, recorded by the big button. */
    public static final long WALKING = 1L;

    @Inject
    private AdherenceService adherence;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private WarningSignService warningSigns;

    private List<Adherence.Progress> progress;
    private List<DayOfProgress> week;
    private List<WarningSign> warnings;

    @PostConstruct
    void load() {
        long me = careTeam.me().getId();
        progress = adherence.today(me);
        LocalDate today = calendar.today();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        week = adherence.report(me, monday, monday.plusDays(6)).days();
        warnings = warningSigns.mine();
    }

    public List<Adherence.Progress> getProgress() {
        return progress;
    }

    public boolean isAllDone() {
        return !progress.isEmpty() && progress.stream().allMatch(Adherence.Progress::isDone);
    }

    /** The patient's warning signs still open or reviewed lately, and what the clinic did. */
    public List<WarningSign> getWarnings() {
        return warnings;
    }

    public List<DayOfProgress> getWeek() {
        return week;
    }

    public LocalDate getDate() {
        return calendar.today();
    }

    public long getWalking() {
        return WALKING;
    }
}
