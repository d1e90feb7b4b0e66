package clinic.portal.web.patient;

import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.programme.ProgrammeService;
import clinic.portal.web.programme.DoseWords;
import clinic.portal.web.programme.ProgrammeView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;


/**
 * Backs {@code /patient/programme.xhtml}: the signed-in patient's own programme, in words, phase by phase.
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
}
