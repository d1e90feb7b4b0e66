package clinic.portal.web.admin.audit;

import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.audit.AuditEvent;
import clinic.portal.domain.time.DayRange;
import clinic.portal.ejb.audit.AuditQuery;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /admin/audit/index.xhtml}: the audit trail, newest first, a page at a time from the database,
 * narrowed by username, kind of event and days.
 */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int DEFAULT_DAYS = 30;

    @Inject
    private AuditTrail trail;

    @Inject
    private ClinicCalendar calendar;

    @Size(max = AuditEvent.NAME_MAX)
    private String username;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<AuditEvent> model;

    /**
     * Opens on the last 30 days: counting a year of a busy clinic's trail on every page turn takes 120 ms (two
     * million lines), the last 30 days 18 ms (bench/audit-queries.sh); clearing the days shows everything.
     */
    @PostConstruct
    void init() {
        to = calendar.today();
        from = to.minusDays(DEFAULT_DAYS - 1);
        model = new PagedModel<>(this::count, this::page, AuditEvent::getId);
    }

    /**
     * The number of lines matching. Days the wrong way round (the one rule for ranges of days, checked here before
     * asking) are said next to the field and match nothing.
     */
    private long count() {
        Optional<String> problem = DayRange.problem(from, to);
        if (problem.isPresent()) {
            Messages.addError("form:to", problem.get(), DayRange.MAX_DAYS);
            return 0;
        }
        return trail.count(query());
    }

    private List<AuditEvent> page(int first, int max) {
        return DayRange.problem(from, to).isPresent() ? List.of() : trail.search(query(), first, max);
    }

    /**
     * Downloads the lines matching the filters as CSV, streamed from the database ({@link AuditTrail#export}); the
     * first and last day are required, so an export is always of a stated period. The download is audited.
     */
    public void export() {
        Optional<String> problem = DayRange.problem(from, to);
        if (from == null || to == null || problem.isPresent()) {
            Messages.addError(from == null ? "form:from" : "form:to",
                    problem.orElse(AuditTrail.EXPORT_NEEDS_DAYS), DayRange.MAX_DAYS);
            return;
        }
        AuditQuery query = query();
        Faces.sendFile("audit-" + from + "-to-" + to + ".csv", true, out -> {
            try (AuditCsv csv = new AuditCsv(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    calendar.zone())) {
                trail.export(query, csv);
            }
        });
    }

    private AuditQuery query() {
        return new AuditQuery(username, action, from, to);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public LazyDataModel<AuditEvent> getModel() {
        return model;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
