package clinic.portal.web.api;

import clinic.portal.domain.adherence.Adherence;
import clinic.portal.ejb.adherence.AdherenceService;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.web.programme.DoseWords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;

/** Today's plan and how far the caller is with it. */
@Path("v1/today")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class TodayResource {

    @Inject
    private AdherenceService adherence;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private DoseWords words;

    @GET
    public Today today() {
        List<Item> items = adherence.myToday().stream().map(p -> item(p, words)).toList();
        return new Today(calendar.today(), items);
    }

    /** Today for the caller. */
    public record Today(LocalDate date, List<Item> items) {
    }

    /**
     * One prescription's progress.
     *
     * @param per "day" or "week": the period the counts are for
     */
    public record Item(long exerciseId, String exercise, String dose, long sessionsDone, int sessionsPrescribed,
                       long minutesDone, long minutesPrescribed, String per, boolean done) {
    }

    static Item item(Adherence.Progress p, DoseWords words) {
        return new Item(p.exerciseId(), p.exerciseName().base(), words.of(p.dose()), p.sessionsDone(), p.sessionsPrescribed(),
                p.minutesDone(), p.minutesPrescribed(), p.weekly() ? "week" : "day", p.isDone());
    }
}
