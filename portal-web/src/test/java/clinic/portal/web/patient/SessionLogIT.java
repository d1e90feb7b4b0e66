package clinic.portal.web.patient;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.adherence.Adherence;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.audit.AuditEvent;
import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Frequency;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.ReviewOutcome;
import clinic.portal.domain.log.Urgency;
import clinic.portal.domain.log.SessionEntry;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.adherence.AdherenceService;
import clinic.portal.ejb.audit.AuditQuery;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.log.Recorded;
import clinic.portal.ejb.log.SessionLogService;
import clinic.portal.ejb.warning.WarningSignService;
import clinic.portal.web.support.Caller;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.MovableClock;
import clinic.portal.web.support.TestData;
import clinic.portal.web.support.Unique;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recording, correcting and deleting sessions, the 14-day window, idempotency, red flags and adherence, through
 * the services as the patient and through the JSON API as an app, on a real Payara Micro and database.
 */
@ExtendWith(ArquillianExtension.class)
class SessionLogIT {

    private static final String PASSWORD = "plum-harbour-violin-42";
    private static final long WALKING = 1;
    private static final long BRIDGING = 17;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @ArquillianResource
    private URL base;

    @Inject
    private SessionLogService sessions;

    @Inject
    private AdherenceService adherence;

    @Inject
    private AuditTrail audit;

    @Inject
    private WarningSignService warningSigns;

    @Inject
    private TestData data;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private MovableClock clock;

    private Account clinician;
    private Account patient;

    @BeforeEach
    void aPatientWalkingTwiceADay() {
        clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        patient = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        PlanDraft plan = new PlanDraft();
        plan.addPhase("First days", null).add(data.exercise(WALKING), Dose.minutes(10, 2, Frequency.PER_DAY));
        data.programmeSince(patient.getId(), clinician.getId(), 3, plan);
        Caller.signIn(patient.getUsername(), PASSWORD);
    }

    @AfterEach
    void signOut() {
        clock.reset();
        Caller.signOut();
    }

    @Test
    void aWalkJustBeforeMidnightInTheClinicCountsForThatDayAndTheNextDayStartsAfresh() {
        ZonedDateTime midnight = calendar.today().plusDays(1).atStartOfDay(calendar.zone());
        clock.advance(Duration.between(calendar.now().toInstant(), midnight.minusMinutes(5).toInstant()));
        LocalDate day = calendar.today();
        SessionLog late = sessions.record(walk(10, 0), null).session();
        assertEquals(day, late.getLocalDay(), "23:54 in the clinic's zone is still that day, whatever the server's zone");
        assertEquals(1, adherence.myToday().get(0).sessionsDone());

        clock.advance(Duration.ofMinutes(10));
        assertEquals(day.plusDays(1), calendar.today());
        assertEquals(0, adherence.myToday().get(0).sessionsDone(), "a new day starts with nothing done");
        assertEquals(1, adherence.report(patient.getId(), day, day).summary().sessionsDone());
    }

    @Test
    void aRecordedWalkCountsTowardsTodayAndExtraWalksAreCapped() {
        sessions.record(walk(10, 0), null);

        Adherence.Progress walk = adherence.myToday().get(0);
        assertEquals(1, walk.sessionsDone());
        assertEquals(2, walk.sessionsPrescribed());
        assertEquals(10, walk.minutesDone());

        sessions.record(walk(10, 0), null);
        sessions.record(walk(30, 0), null);
        LocalDate today = today();
        Adherence.Summary summary = adherence.report(patient.getId(), today.minusDays(1), today).summary();
        assertEquals(2, summary.sessionsDone(), "three walks today count as the two prescribed; none yesterday");
        assertEquals(4, summary.sessionsPrescribed());
        assertEquals(20, summary.minutesDone());
        assertEquals(1, adherence.dataDaysLast30(patient.getId()));
    }

    @Test
    void anExerciseDosedInSetsIsRecordedAsSetsDoneAndCountsBySessions() {
        PlanDraft bridging = new PlanDraft();
        bridging.addPhase("Strength", null).add(data.exercise(BRIDGING), Dose.sets(2, 10, 5, 1, Frequency.PER_DAY));
        Account strong = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        data.programmeSince(strong.getId(), clinician.getId(), 1, bridging);
        Caller.signIn(strong.getUsername(), PASSWORD);

        SessionEntry sets = new SessionEntry();
        sets.setExerciseId(BRIDGING);
        sets.setSets(2);
        sets.setPerformedAt(calendar.now().minusMinutes(1));
        SessionLog recorded = sessions.record(sets, null).session();
        assertEquals(2, recorded.getSets());
        assertEquals(null, recorded.getMinutes(), "minutes are optional for an exercise done in sets");

        Adherence.Progress progress = adherence.myToday().get(0);
        assertEquals(1, progress.sessionsDone());
        assertEquals(1, progress.sessionsPrescribed());
        assertTrue(progress.isDone());

        Http app = new Http(base).token(strong.getUsername(), PASSWORD);
        String at = calendar.now().withNano(0).minusMinutes(2).toString();
        Http.Reply viaApi = app.send("POST", "/api/v1/sessions", "{\"exerciseId\":" + BRIDGING + ",\"performedAt\":\"" + at + "\",\"sets\":3}");
        assertEquals(201, viaApi.status(), viaApi::toString);
        assertEquals(3, viaApi.json().getInt("sets"));
        assertFalse(viaApi.json().containsKey("minutes") && !viaApi.json().isNull("minutes"), viaApi::toString);
        Http.Reply neither = app.send("POST", "/api/v1/sessions", "{\"exerciseId\":" + BRIDGING + ",\"performedAt\":\"" + at + "\"}");
        assertEquals(400, neither.status(), neither::toString);
    }

    @Test
    void theSameKeyRecordsOnceAndAnotherBodyWithItIsRefused() {
        String key = UUID.randomUUID().toString();
        SessionEntry entry = walk(10, 0);

        Recorded first = sessions.record(entry, key);
        Recorded again = sessions.record(entry, key);

        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.session().getId(), again.session().getId());
        RuleViolation conflict = assertThrows(RuleViolation.class, () -> sessions.record(walk(25, 0), key));
        assertEquals("session.idempotency.conflict", conflict.messageKey());
        assertEquals(1, sessions.list(patient.getId(), today(), today()).size());
    }

    @Test
    void sessionsAreRecordedUpTo14DaysBackAndNeverInTheFuture() {
        sessions.record(walk(10, 14), null);

        RuleViolation tooOld = assertThrows(RuleViolation.class, () -> sessions.record(walk(10, 16), null));
        assertEquals("session.performedAt.tooOld", tooOld.messageKey());
        SessionEntry future = walk(10, 0);
        future.setPerformedAt(calendar.now().plusHours(2));
        RuleViolation inFuture = assertThrows(RuleViolation.class, () -> sessions.record(future, null));
        assertEquals("performedAt", inFuture.field());
    }

    @Test
    void aPatientCorrectsAndDeletesWithin14DaysAndADeletionIsKept() {
        SessionLog recorded = sessions.record(walk(10, 0), null).session();

        SessionLog corrected = sessions.correct(recorded.getId(), recorded.getVersion(), walk(25, 0));
        assertEquals(25, corrected.getMinutes());
        RuleViolation stale = assertThrows(RuleViolation.class,
                () -> sessions.correct(recorded.getId(), recorded.getVersion(), walk(30, 0)));
        assertEquals("session.stale", stale.messageKey());

        sessions.delete(recorded.getId());
        assertTrue(sessions.list(patient.getId(), today(), today()).isEmpty());
        SessionLog kept = sessions.getMine(recorded.getId());
        assertNotNull(kept.getDeletedAt());
        assertEquals(25, kept.getMinutes());

        long old = data.walkDaysAgo(patient.getId(), 20, 10);
        RuleViolation locked = assertThrows(RuleViolation.class, () -> sessions.delete(old));
        assertEquals("session.locked", locked.messageKey());

        Caller.admin();
        List<AuditEvent> trail = audit.search(new AuditQuery(patient.getUsername(), null, null, null), 0, 10).stream()
                .filter(e -> e.getAction() != AuditAction.SIGNED_IN).toList();
        assertEquals(List.of(AuditAction.SESSION_DELETED, AuditAction.SESSION_CORRECTED),
                trail.stream().map(AuditEvent::getAction).toList(), "one line each, the refused ones none");
        assertEquals("session " + recorded.getId() + " of " + today(), trail.get(0).getDetail());
        assertEquals(patient.getUsername(), trail.get(0).getActor());
    }

    @Test
    void nobodyReachesAnotherPatientsSessions() {
        SessionLog mine = sessions.record(walk(10, 0), null).session();
        Account other = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        Account otherClinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);

        Caller.signIn(other.getUsername(), PASSWORD);
        assertThrows(NotFoundException.class, () -> sessions.getMine(mine.getId()));
        assertThrows(NotFoundException.class, () -> sessions.correct(mine.getId(), mine.getVersion(), walk(5, 0)));
        assertThrows(NotFoundException.class, () -> sessions.delete(mine.getId()));
        assertThrows(NotFoundException.class, () -> sessions.list(patient.getId(), today(), today()));
        assertThrows(NotFoundException.class, () -> adherence.report(patient.getId(), today(), today()));

        Caller.signIn(otherClinician.getUsername(), PASSWORD);
        assertThrows(NotFoundException.class, () -> sessions.list(patient.getId(), today(), today()));
        assertThrows(NotFoundException.class, () -> warningSigns.ofPatient(patient.getId()));

        Caller.signIn(clinician.getUsername(), PASSWORD);
        assertEquals(1, sessions.list(patient.getId(), today(), today()).size());
    }

    @Test
    void aRedFlagRaisesAnAlertForThePatientsClinician() {
        SessionEntry entry = walk(10, 0);
        entry.setRedFlags(Set.of(RedFlag.SADDLE_NUMBNESS));
        sessions.record(entry, null);

        Caller.signIn(clinician.getUsername(), PASSWORD);
        var alerts = warningSigns.ofPatient(patient.getId());
        assertEquals(1, alerts.size());
        assertEquals(Set.of(RedFlag.SADDLE_NUMBNESS), alerts.get(0).signs());
        assertEquals(Urgency.EMERGENCY, alerts.get(0).urgency());
        warningSigns.review(alerts.get(0).id(), ReviewOutcome.SENT_TO_EMERGENCY, "Called, sent to A&E");
        assertTrue(warningSigns.ofPatient(patient.getId()).get(0).reviewed());
        assertEquals(0, warningSigns.openCount());

        Caller.admin();
        List<AuditEvent> reviewed = audit.search(
                new AuditQuery(clinician.getUsername(), AuditAction.WARNING_SIGN_REVIEWED, null, null), 0, 10);
        assertEquals(1, reviewed.size());
        assertEquals(patient.getUsername(), reviewed.get(0).getSubject());
    }

    @Test
    void theApiRecordsOncePerIdempotencyKeyAndAnswersTheSame() {
        Http app = new Http(base).token(patient.getUsername(), PASSWORD);
        String body = json(10, 4, 3);

        Http.Reply first = app.send("POST", "/api/v1/sessions", body, "Idempotency-Key", "walk-1");
        Http.Reply again = app.send("POST", "/api/v1/sessions", body, "Idempotency-Key", "walk-1");
        Http.Reply different = app.send("POST", "/api/v1/sessions", json(20, 4, 3), "Idempotency-Key", "walk-1");

        assertEquals(201, first.status(), first::toString);
        assertEquals(201, again.status(), again::toString);
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.json().getJsonNumber("id"), again.json().getJsonNumber("id"));
        assertEquals(409, different.status());
        assertTrue(different.contentType().startsWith("application/problem+json"));
        Http.Reply today = app.send("GET", "/api/v1/today", null);
        assertEquals(1, today.json().getJsonArray("items").getJsonObject(0).getInt("sessionsDone"), today::toString);
        assertEquals(2, today.json().getJsonArray("items").getJsonObject(0).getInt("sessionsPrescribed"));
    }

    @Test
    void theApiAnswersEachBadInputWithAProblemNamingTheField() {
        Http app = new Http(base).token(patient.getUsername(), PASSWORD);
        String now = calendar.now().toString();

        assertProblem(app.send("POST", "/api/v1/sessions", "{\"exerciseId\":1,\"performedAt\":\"" + now + "\",\"minutes\":-5}"), 400, "minutes");
        assertProblem(app.send("POST", "/api/v1/sessions", "{\"exerciseId\":1,\"performedAt\":\"" + now + "\",\"minutes\":9000}"), 400, "minutes");
        assertProblem(app.send("POST", "/api/v1/sessions", "{\"exerciseId\":1,\"performedAt\":\"" + now + "\",\"minutes\":10,\"painAfter\":11}"), 400, "painAfter");
        assertProblem(app.send("POST", "/api/v1/sessions", "{\"exerciseId\":1,\"performedAt\":\"2999-01-01T10:00:00Z\",\"minutes\":10}"), 400, "performedAt");
        assertProblem(app.send("POST", "/api/v1/sessions", "{\"exerciseId\":987654,\"performedAt\":\"" + now + "\",\"minutes\":10}"), 400, "exerciseId");
        assertProblem(app.send("POST", "/api/v1/sessions", "{\"performedAt\":\"" + now + "\",\"minutes\":10}"), 400, "exerciseOrActivity");
        Http.Reply unreadable = app.send("POST", "/api/v1/sessions", "{not json");
        assertEquals(400, unreadable.status());
        assertTrue(unreadable.contentType().startsWith("application/problem+json"));
        Http.Reply badDate = app.send("GET", "/api/v1/sessions?from=yesterday&to=2026-01-01", null);
        assertEquals(400, badDate.status());
    }

    @Test
    void theApiGivesNothingOfAnotherPatientAndRefusesStaleEdits() {
        Http mine = new Http(base).token(patient.getUsername(), PASSWORD);
        Http.Reply recorded = mine.send("POST", "/api/v1/sessions", json(10, 2, 1));
        long id = recorded.json().getJsonNumber("id").longValue();
        String etag = recorded.header("ETag");
        Account other = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        Http theirs = new Http(base).token(other.getUsername(), PASSWORD);

        assertProblem(theirs.send("GET", "/api/v1/sessions/" + id, null), 404, null);
        assertProblem(theirs.send("PUT", "/api/v1/sessions/" + id, json(15, 2, 1), "If-Match", etag), 404, null);
        assertProblem(theirs.send("DELETE", "/api/v1/sessions/" + id, null), 404, null);
        String today = today().toString();
        assertEquals("[]", theirs.send("GET", "/api/v1/sessions?from=" + today + "&to=" + today, null).body());

        assertEquals(200, mine.send("PUT", "/api/v1/sessions/" + id, json(15, 2, 1), "If-Match", etag).status());
        assertProblem(mine.send("PUT", "/api/v1/sessions/" + id, json(20, 2, 1), "If-Match", etag), 409, null);
        assertEquals(204, mine.send("DELETE", "/api/v1/sessions/" + id, null).status());
        assertProblem(mine.send("GET", "/api/v1/sessions/" + id, null), 404, null);
    }

    @Test
    void theApiNeedsAValidCallerInTheRightRole() {
        Http anonymous = new Http(base);
        assertProblem(anonymous.send("GET", "/api/v1/today", null), 401, null);
        assertProblem(new Http(base).basic(patient.getUsername(), "wrong-password-1").send("GET", "/api/v1/today", null), 401, null);
        assertProblem(anonymous.send("GET", "/api/v1/today", null, "Authorization", "Bearer not-a-token"), 401, null);
        Http doctor = new Http(base).token(clinician.getUsername(), PASSWORD);
        assertProblem(doctor.send("GET", "/api/v1/today", null), 403, null);
        Http.Reply openApi = new Http(serverRoot()).send("GET", "/openapi", null);
        assertEquals(200, openApi.status());
        assertTrue(openApi.body().contains("/api/v1/sessions"), "the OpenAPI document describes the API");
    }

    /** MicroProfile OpenAPI is served at the server's root, whatever the application's context. */
    private URL serverRoot() {
        try {
            return new URL(base, "/");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(Http.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals(status, reply.json().getInt("status"));
        if (field != null) {
            assertEquals(field, reply.failedField(), reply::toString);
        }
    }

    private String json(int minutes, int painBefore, int painAfter) {
        return "{\"exerciseId\":1,\"performedAt\":\"" + calendar.now().withNano(0).minusMinutes(5)
                + "\",\"minutes\":" + minutes + ",\"painBefore\":" + painBefore + ",\"painAfter\":" + painAfter + "}";
    }

    private SessionEntry walk(int minutes, int daysAgo) {
        SessionEntry entry = new SessionEntry();
        entry.setExerciseId(WALKING);
        entry.setMinutes(minutes);
        entry.setPerformedAt(calendar.now().minusMinutes(1).minusDays(daysAgo));
        return entry;
    }

    private LocalDate today() {
        return calendar.today();
    }
}
