package clinic.portal.web.patient;

import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.programme.ProgrammeService;
import clinic.portal.web.programme.DoseWords;
import clinic.portal.web.programme.ProgrammeView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * Backs {@code /patient/index.xhtml} and {@code /patient/programme.xhtml}: the signed-in patient's own
 * programme, in words, and the phase that applies today.
 */
@Named
@RequestScoped
public class MyProgramme {

    @Inject
    private ProgrammeService programmes;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private DoseWords words;

    private ProgrammeView programme;

    @PostConstruct
    void load() {
        programme = programmes.findMine().map(p -> ProgrammeView.of(p, calendar.today(), words)).orElse(null);
    }

    public ProgrammeView getProgramme() {
        return programme;
    }

    /** Today's phase, if the programme prescribes anything today. */
    public Optional<ProgrammeView.PhaseView> today() {
        return programme == null ? Optional.empty()
                : programme.phases().stream().filter(ProgrammeView.PhaseView::current).findFirst();
    }

    public ProgrammeView.PhaseView getToday() {
        return today().orElse(null);
    }

    public boolean isNotStarted() {
        return programme != null && programme.startDate().isAfter(calendar.today());
    }
}
