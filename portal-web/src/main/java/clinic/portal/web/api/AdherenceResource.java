package clinic.portal.web.api;

import clinic.portal.domain.adherence.Adherence;
import clinic.portal.ejb.adherence.AdherenceReport;
import clinic.portal.ejb.adherence.AdherenceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;

/** The caller's adherence over a window of days. */
@Path("v1/adherence")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AdherenceResource {

    @Inject
    private AdherenceService adherence;

    @GET
    public Summary summary(@QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        AdherenceReport report = adherence.myReport(from, to);
        Adherence.Summary s = report.summary();
        return new Summary(s.from(), s.to(), s.sessionsDone(), s.sessionsPrescribed(), s.sessionAdherence().orElse(null),
                s.minutesDone(), s.minutesPrescribed(), s.minutesAdherence().orElse(null), s.activeDays(), s.days(),
                report.dataDaysLast30());
    }

    /** Adherence over a window, as the API returns it. */
    public record Summary(LocalDate from, LocalDate to, double sessionsDone, double sessionsPrescribed,
                          Double sessionAdherence, double minutesDone, double minutesPrescribed, Double minutesAdherence,
                          int activeDays, int days, int dataDaysLast30) {
    }
}
