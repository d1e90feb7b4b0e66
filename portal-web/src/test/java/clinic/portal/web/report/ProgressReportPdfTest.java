package clinic.portal.web.report;

import clinic.portal.domain.adherence.Adherence;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.ReviewOutcome;
import clinic.portal.domain.log.Urgency;
import clinic.portal.domain.outcome.Answer;
import clinic.portal.domain.outcome.Band;
import clinic.portal.domain.outcome.Change;
import clinic.portal.domain.outcome.Questionnaire;
import clinic.portal.domain.outcome.Score;
import clinic.portal.ejb.adherence.AdherenceReport;
import clinic.portal.ejb.adherence.DayOfProgress;
import clinic.portal.ejb.outcome.OutcomeTrack;
import clinic.portal.ejb.patient.PatientOverview;
import clinic.portal.ejb.patient.ProgressReport;
import clinic.portal.ejb.warning.WarningSign;
import clinic.portal.web.programme.ProgrammeView;
import clinic.portal.web.support.PdfText;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress report is a PDF whose text holds the patient, the programme, adherence, scores and warning signs. */
class ProgressReportPdfTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate TO = FROM.plusDays(27);

    @Test
    void theReportSaysWhoWhenWhatWasPrescribedAndDoneTheScoresAndTheWarningSigns() throws Exception {
        List<DayOfProgress> days = new ArrayList<>();
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            boolean walked = day.getDayOfMonth() % 3 != 0;
            days.add(new DayOfProgress(day, walked ? 20 : 0, 20, walked ? 2 : 0, walked ? 5.0 : null,
                    walked ? 4.0 : null, true));
        }
        ProgressReport report = new ProgressReport(
                new PatientOverview.Contact(7, "María López", "maria@example.org", null), List.of("Dr Ana Ruiz"),
                null, FROM, TO,
                new AdherenceReport(new Adherence.Summary(FROM, TO, 38, 56, 380, 560, 19, 28), 19, days),
                List.of(new OutcomeTrack(Questionnaire.STARTBACK, null, List.of(
                        new OutcomeTrack.Scored(FROM, new Score(6, 4, Band.HIGH_RISK), List.of()),
                        new OutcomeTrack.Scored(TO, new Score(3, 2, Band.LOW_RISK), List.of())),
                        new Change(-3, Change.Trend.BETTER)),
                        new OutcomeTrack(Questionnaire.PSFS, null, List.of(new OutcomeTrack.Scored(FROM,
                                new Score(4.5, null, null), List.of(Answer.words("activity1", "Gardening")))), null)),
                List.of(new WarningSign(1, 7, "María López", null, null, Set.of(RedFlag.NIGHT_PAIN),
                        Urgency.CLINIC_TODAY, OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC), null, false,
                        OffsetDateTime.of(2026, 3, 10, 11, 0, 0, 0, ZoneOffset.UTC), "Dr Ana Ruiz",
                        ReviewOutcome.CALLED_PATIENT, "Settled with rest and heat", List.of())));
        ProgrammeView programme = new ProgrammeView(1, FROM, null, null, "Dr Ana Ruiz", FROM, List.of(
                new ProgrammeView.PhaseView("First days", FROM, null, true, List.of(new ProgrammeView.LineView(1,
                        "Walking", "10 minutes, twice a day", "Walk at your own pace.", null, false, null, null)))), List.of());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        ProgressReportPdf.write(pdf, report, programme, Locale.ENGLISH, TO);

        String text = PdfText.of(pdf.toByteArray());
        for (String expected : List.of("Progress report", "María López", "From 2 Mar 2026 to 29 Mar 2026",
                "Care team: Dr Ana Ruiz", "Walking: 10 minutes, twice a day", "Sessions: 38 of 56 prescribed (68%)",
                "Minutes: 380 of 560 prescribed (68%)", "Active days: 19 of 28", "Week from",
                "Total 6 of 9, psychosocial 4 of 5 – High risk", "Total 3 of 9, psychosocial 2 of 5 – Low risk",
                "Better by a meaningful change: −3 since the first answers (2 Mar 2026)", "Mean 4.5 of 10",
                "© Keele University", "Contact today", "worse at night",
                "Reviewed by Dr Ana Ruiz on 10 Mar 2026: called the patient – Settled with rest and heat")) {
            assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
        }
    }
}
