package clinic.portal.web.report;

import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.patient.PatientOverviews;
import clinic.portal.ejb.patient.ProgressReport;
import clinic.portal.web.Texts;
import clinic.portal.web.clinician.patients.ProgressTab;
import clinic.portal.web.programme.DoseWords;
import clinic.portal.web.programme.ProgrammeView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * "Download progress report (PDF)" on the progress tab of the clinician's record of a patient: the days chosen (the last 30 unless changed),
 * read in one boundary call ({@link PatientOverviews#report}, audited) and written whole before anything is sent. A
 * window out of order, in the future or longer than a year is said beside the date it concerns.
 */
@Named
@RequestScoped
public class ProgressReportDownload {

    /** The window the form starts with: the last 30 days, today included. */
    static final int DEFAULT_DAYS = 30;

    @Inject
    private PatientOverviews overviews;

    @Inject
    private ProgressTab patient;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private DoseWords words;

    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void lastThirtyDays() {
        to = calendar.today();
        from = to.minusDays(DEFAULT_DAYS - 1L);
    }

    public void download() throws IOException {
        ProgressReport report = overviews.report(patient.getId(), from, to);
        Locale locale = Texts.locale();
        ProgrammeView programme = report.programme() == null ? null
                : ProgrammeView.of(report.programme(), calendar.today(), words, locale);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ProgressReportPdf.write(pdf, report, programme, locale, calendar.today());
        Faces.sendFile(pdf.toByteArray(), "progress-report-" + from + "-" + to + ".pdf", true);
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
