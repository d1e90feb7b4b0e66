package clinic.portal.web.account;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Profile;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.audit.AuditEvent;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.account.AccountRuleException.Violation;
import clinic.portal.ejb.account.AccountRuleException;
import clinic.portal.ejb.account.AccountEdit;
import clinic.portal.ejb.account.AccountService;
import clinic.portal.ejb.account.AccountSummary;
import clinic.portal.ejb.account.SignInResult.Outcome;
import clinic.portal.ejb.account.SignInResult;
import clinic.portal.ejb.account.SignInService;
import clinic.portal.ejb.account.SignInThrottle;
import clinic.portal.ejb.patient.PatientOverviews;
import clinic.portal.ejb.programme.ProgrammeService;
import clinic.portal.ejb.account.RememberedDevices;
import clinic.portal.domain.account.RememberMeToken;
import clinic.portal.ejb.audit.AccessLine;
import clinic.portal.ejb.audit.AuditQuery;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.web.support.Caller;
import clinic.portal.web.support.Causes;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.MovableClock;
import clinic.portal.web.support.TestData;
import clinic.portal.web.support.Unique;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The account and sign-in services on a real Payara Micro and database, called as real signed-in people.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String PASSWORD = "plum-harbour-violin-42";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @Inject
    private AccountService accounts;

    @Inject
    private SignInService signIn;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private PatientOverviews overviews;

    @Inject
    private ProgrammeService programmes;

    @Inject
    private AuditTrail audit;

    @Inject
    private TestData fixture;

    @Inject
    private RememberedDevices devices;

    @ArquillianResource
    private URL base;

    @Inject
    private MovableClock clock;

    @Inject
    private ClinicCalendar calendar;

    @AfterEach
    void signOut() {
        clock.reset();
        Caller.signOut();
    }

    @Test
    void eachUseReplacesTheCookieAndAnOldCopyUsedLaterSignsEveryDeviceOut() {
        Account patient = fixture.openPatient(Unique.username("pat"), PASSWORD,
                fixture.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD).getId());
        Account clinician = fixture.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        assertTrue(devices.remember(clinician.getUsername()).isEmpty(), "only patients' devices are kept");

        String phone = devices.remember(patient.getUsername()).orElseThrow();
        String tablet = devices.remember(patient.getUsername()).orElseThrow();
        RememberedDevices.Remembered used = devices.use(phone).orElseThrow();
        assertEquals(patient.getUsername(), used.username());
        assertEquals(Role.PATIENT, used.role());
        String next = used.nextCookie();
        assertNotEquals(phone, next);

        assertTrue(devices.use(phone).isPresent(), "a page opened at the same moment still gets in");
        assertNull(devices.use(phone).get().nextCookie(), "without replacing the cookie a second time");

        clock.advance(RememberMeToken.GRACE.plusSeconds(1));
        assertTrue(devices.use(phone).isEmpty(), "the old copy, later: refused");
        assertTrue(devices.use(next).isEmpty(), "and the sign-in it belonged to has ended");
        assertTrue(devices.use(tablet).isEmpty(), "as has every other device of the account");

        String again = devices.remember(patient.getUsername()).orElseThrow();
        clock.advance(devices.lifetime());
        assertTrue(devices.use(again).isEmpty(), "it lasts PORTAL_REMEMBER_ME_DAYS, then ends");
        assertTrue(devices.use("not-a-cookie").isEmpty());
        assertTrue(devices.use("x.y").isEmpty());
    }

    @Test
    void aTemporaryPasswordOpensNoApiAndAResetEndsEveryToken() {
        Caller.admin();
        String username = Unique.username("pat");
        Account clinician = fixture.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        accounts.create(new Account(username, "Pat Temp", "pat@example.org", Role.PATIENT), "temporary-lemon-ferry-7",
                List.of(clinician.getId()));

        Http app = new Http(base).basic(username, "temporary-lemon-ferry-7");
        assertEquals(403, app.send("POST", "/api/v1/tokens", null).status(), "no token for a temporary password");
        assertEquals(401, app.send("GET", "/api/v1/today", null).status(), "nor any call with it (Basic is for tokens only)");

        Account patient = fixture.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        Http phone = new Http(base).token(patient.getUsername(), PASSWORD);
        assertEquals(403, phone.send("POST", "/api/v1/tokens", null).status(), "a token cannot renew itself");
        Http laptop = new Http(base).token(patient.getUsername(), PASSWORD);
        accounts.resetPassword(patient.getId(), "amber-tide-kestrel-3");
        assertEquals(401, laptop.send("GET", "/api/v1/today", null).status(), "a reset ends every token");
    }

    @Test
    void anAccountEditIsAllOrNothing() {
        Account clinician = fixture.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account patient = fixture.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        Caller.admin();
        AccountEdit before = accounts.forEdit(patient.getId());

        Profile renamed = new Profile("A New Name", "new@example.org", "+44 20 7946 0001");
        AccountRuleException refused = assertThrows(AccountRuleException.class,
                () -> accounts.update(patient.getId(), renamed, List.of()));
        assertEquals(Violation.NO_CLINICIAN, refused.violation());
        assertEquals("clinicians", refused.field());

        AccountEdit after = accounts.forEdit(patient.getId());
        assertEquals(before.profile().getDisplayName(), after.profile().getDisplayName(), "the profile half rolled back");
        assertEquals(before.profile().getEmail(), after.profile().getEmail());
        assertEquals(List.of(clinician.getId()), after.clinicianIds());

        accounts.update(patient.getId(), renamed, List.of(clinician.getId()));
        assertEquals("A New Name", accounts.forEdit(patient.getId()).profile().getDisplayName());
        assertEquals("+44 20 7946 0001", accounts.forEdit(patient.getId()).profile().getPhone());
    }

    @Test
    void aPasswordResetAndDisablingEndEveryRememberedDevice() {
        Account patient = fixture.openPatient(Unique.username("pat"), PASSWORD,
                fixture.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD).getId());
        String phone = devices.remember(patient.getUsername()).orElseThrow();
        Caller.admin();
        accounts.resetPassword(patient.getId(), "temporary-lemon-ferry-7");
        assertTrue(devices.use(phone).isEmpty(), "reset ends it");

        accounts.enable(patient.getId());
        String again = devices.remember(patient.getUsername()).orElseThrow();
        accounts.disable(patient.getId());
        assertTrue(devices.use(again).isEmpty(), "disabling ends it");
    }

    @Test
    void anAdministratorOpensAnAccountWhoseTemporaryPasswordMustBeChanged() {
        Caller.admin();
        String username = Unique.username("clin");

        accounts.create(new Account(username, "Dr Ada Lovelace", "ada@example.org", Role.CLINICIAN), PASSWORD, List.of());

        SignInResult result = signIn.signIn(username.toUpperCase(), PASSWORD, null);
        assertEquals(Outcome.SIGNED_IN, result.outcome());
        assertEquals(Role.CLINICIAN, result.role());
        assertTrue(result.passwordChangeRequired());
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        Caller.admin();
        String username = Unique.username("dup");
        accounts.create(new Account(username, "First", "first@example.org", Role.CLINICIAN), PASSWORD, List.of());

        AccountRuleException refused = assertThrows(AccountRuleException.class, () -> accounts.create(
                new Account(username.toUpperCase(), "Second", "second@example.org", Role.CLINICIAN), PASSWORD, List.of()));
        assertEquals(Violation.DUPLICATE_USERNAME, refused.violation());
    }

    @Test
    void aPatientHasOneOrMoreResponsibleClinicians() {
        Caller.admin();
        Account first = fixture.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account second = fixture.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account admin = fixture.open(Role.ADMIN, Unique.username("adm"), PASSWORD);
        String username = Unique.username("pat");

        AccountRuleException none = assertThrows(AccountRuleException.class, () -> accounts.create(
                new Account(username, "Pat", "pat@example.org", Role.PATIENT), PASSWORD, List.of()));
        assertEquals(Violation.NO_CLINICIAN, none.violation());
        AccountRuleException notAClinician = assertThrows(AccountRuleException.class, () -> accounts.create(
                new Account(username, "Pat", "pat@example.org", Role.PATIENT), PASSWORD, List.of(admin.getId())));
        assertEquals(Violation.NO_CLINICIAN, notAClinician.violation());

        Account patient = accounts.create(new Account(username, "Pat", "pat@example.org", Role.PATIENT), PASSWORD,
                List.of(first.getId()));
        assertEquals(List.of(first.getId()), accounts.forEdit(patient.getId()).clinicianIds());

        accounts.assignClinicians(patient.getId(), List.of(first.getId(), second.getId()));
        assertEquals(List.of(first.getId(), second.getId()), accounts.forEdit(patient.getId()).clinicianIds());
        assertThrows(AccountRuleException.class, () -> accounts.assignClinicians(patient.getId(), List.of()));
    }

    @Test
    void aWeakTemporaryPasswordIsRefused() {
        Caller.admin();
        String username = Unique.username("weak");

        AccountRuleException tooShort = assertThrows(AccountRuleException.class, () -> accounts.create(
                new Account(username, "Weak", "weak@example.org", Role.PATIENT), "short", List.of()));
        assertEquals("password.problem.TOO_SHORT", tooShort.messageKey());
        AccountRuleException sameAsUsername = assertThrows(AccountRuleException.class, () -> accounts.create(
                new Account(username, "Weak", "weak@example.org", Role.PATIENT), username + "", List.of()));
        assertEquals(Violation.WEAK_PASSWORD, sameAsUsername.violation());
        assertTrue(accounts.findByUsername(username).isEmpty());
    }

    @Test
    void anInvalidEmailIsRefusedAtTheServiceBoundary() {
        Caller.admin();
        Account invalid = new Account(Unique.username("mail"), "Mail", "not-an-email", Role.PATIENT);

        EJBException refused = assertThrows(EJBException.class, () -> accounts.create(invalid, PASSWORD, List.of()));
        assertTrue(Causes.causedBy(refused, ConstraintViolationException.class), () -> "Cause: " + refused);
    }

    @Test
    void patientsAndCliniciansCannotCallTheAdministratorsService() {
        String patient = Unique.username("pat");
        String clinician = Unique.username("clin");
        fixture.open(Role.PATIENT, patient, PASSWORD);
        fixture.open(Role.CLINICIAN, clinician, PASSWORD);
        Account someone = new Account(Unique.username("x"), "X", "x@example.org", Role.ADMIN);

        Caller.signIn(patient, PASSWORD);
        assertThrows(EJBAccessException.class, () -> accounts.search(null, null, 0, 10));
        assertThrows(EJBAccessException.class, () -> accounts.create(someone, PASSWORD, List.of()));

        Caller.signIn(clinician, PASSWORD);
        assertThrows(EJBAccessException.class, () -> accounts.count(null, null));
        assertThrows(EJBAccessException.class, () -> accounts.disable(1L));
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThrows(EJBAccessException.class, () -> accounts.search(null, null, 0, 10));
        assertThrows(EJBAccessException.class, () -> accounts.getCurrentAccount());
    }

    @Test
    void searchFindsByNameUsernameOrEmailAndRoleAPageAtATime() {
        Caller.admin();
        String tag = Unique.username("srch");
        for (int i = 0; i < 3; i++) {
            fixture.open(Role.PATIENT, tag + "-p" + i, PASSWORD);
        }
        fixture.open(Role.CLINICIAN, tag + "-c", PASSWORD);

        assertEquals(4, accounts.count(tag, null));
        assertEquals(3, accounts.count(tag.toUpperCase(), Role.PATIENT));
        List<AccountSummary> page = accounts.search(tag, null, 1, 2);
        assertEquals(List.of(tag + "-p0", tag + "-p1"), page.stream().map(AccountSummary::username).toList());
        assertEquals(0, accounts.count(tag + "%", null), "wildcards in the search text are taken literally");
    }

    @Test
    void wrongPasswordsSlowTheUsernameDownWithoutLockingTheOwnerOutAndTheOwnerIsTold() {
        String username = Unique.username("slow");
        Account account = fixture.open(Role.PATIENT, username, PASSWORD);
        for (int i = 0; i < 6; i++) {
            assertEquals(Outcome.INVALID, signIn.signIn(username, "wrong-password-" + i, "192.0.2." + i).outcome());
        }

        SignInResult slowed = signIn.signIn(username, PASSWORD, "198.51.100.7");
        assertEquals(Outcome.THROTTLED, slowed.outcome(), "the sixth failure from anywhere slows the username down");
        assertEquals(1, slowed.retryAfterSeconds());
        clock.advance(Duration.ofSeconds(1));
        SignInResult owner = signIn.signIn(username, PASSWORD, "198.51.100.7");

        assertEquals(Outcome.SIGNED_IN, owner.outcome(), "the owner waited a second, and is in");
        assertEquals(6, owner.failuresSinceLast().count());
        assertEquals(Outcome.INVALID, signIn.signIn(username, "wrong-again", "198.51.100.7").outcome(),
                "signing in forgets the username's failures");
        Caller.admin();
        assertEquals(1, audit.count(new AuditQuery(username, AuditAction.SIGN_IN_THROTTLED, null, null)));
        assertEquals(7, audit.count(new AuditQuery(username, AuditAction.SIGN_IN_FAILED, null, null)),
                "a throttled attempt is not heard, so not counted");
        Caller.signOut();

        for (int i = 0; i < 12; i++) {
            Duration wait = throttle.waitFor(username, null);
            assertTrue(wait.compareTo(Duration.ofSeconds(60)) <= 0, "never more than a minute per username: " + wait);
            clock.advance(wait);
            signIn.signIn(username, "wrong-password-" + i, "192.0.2.77");
        }
        Duration capped = throttle.waitFor(username, null);
        assertTrue(capped.compareTo(Duration.ofSeconds(59)) > 0 && capped.compareTo(Duration.ofSeconds(60)) <= 0,
                "the wait has grown to its cap of a minute: " + capped);
        Caller.admin();
        accounts.unlock(account.getId());
        Caller.signOut();
        assertEquals(Outcome.SIGNED_IN, signIn.signIn(username, PASSWORD, "192.0.2.78").outcome(),
                "an administrator lifts the delay at once");
    }

    @Test
    void oneAddressTryingManyUsernamesIsSlowedDownBeforeAnyPasswordIsChecked() {
        String address = "203.0.113.5";
        for (int i = 0; i < 21; i++) {
            assertEquals(Outcome.INVALID, signIn.signIn(Unique.username("guess"), "wrong-password", address).outcome());
        }
        String next = Unique.username("guess");
        SignInResult refused = signIn.signIn(next, "wrong-password", address);

        assertEquals(Outcome.THROTTLED, refused.outcome());
        Caller.admin();
        assertEquals(0, audit.count(new AuditQuery(next, null, null, null)), "refused before the password was checked");
        Caller.signOut();
        String username = Unique.username("bystander");
        fixture.open(Role.PATIENT, username, PASSWORD);
        assertEquals(Outcome.SIGNED_IN, signIn.signIn(username, PASSWORD, "203.0.113.6").outcome(),
                "other addresses are not slowed");
    }

    @Test
    void aDisabledAccountCannotSignInAndAnUnknownOneLooksLikeAWrongPassword() {
        String username = Unique.username("dis");
        Account account = fixture.open(Role.CLINICIAN, username, PASSWORD);
        Caller.admin();

        accounts.disable(account.getId());

        assertEquals(Outcome.DISABLED, signIn.signIn(username, PASSWORD, null).outcome());
        assertEquals(Outcome.INVALID, signIn.signIn(username, "wrong-password-x", null).outcome());
        assertEquals(Outcome.INVALID, signIn.signIn(Unique.username("nobody"), PASSWORD, null).outcome());

        accounts.enable(account.getId());
        assertEquals(Outcome.SIGNED_IN, signIn.signIn(username, PASSWORD, null).outcome());
    }

    @Test
    void anAdministratorCannotDisableThemself() {
        String username = Unique.username("adm");
        Account admin = fixture.open(Role.ADMIN, username, PASSWORD);
        Caller.signIn(username, PASSWORD);

        AccountRuleException refused = assertThrows(AccountRuleException.class, () -> accounts.disable(admin.getId()));
        assertEquals(Violation.SELF_DISABLE, refused.violation());
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabled() {
        String caller = Unique.username("adm");
        String last = Unique.username("last");
        fixture.open(Role.ADMIN, caller, PASSWORD);
        Account lastAdmin = fixture.open(Role.ADMIN, last, PASSWORD);
        Caller.signIn(caller, PASSWORD);
        List<Long> disabled = fixture.disableAdministratorsExcept(lastAdmin.getId());
        try {
            AccountRuleException refused = assertThrows(AccountRuleException.class,
                    () -> accounts.disable(lastAdmin.getId()));
            assertEquals(Violation.LAST_ADMINISTRATOR, refused.violation());
        } finally {
            fixture.enable(disabled);
        }
        accounts.disable(lastAdmin.getId());
        assertFalse(accounts.getAccount(lastAdmin.getId()).isEnabled());
    }

    @Test
    void everyoneChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        String username = Unique.username("own");
        fixture.open(Role.PATIENT, username, PASSWORD);
        Caller.signIn(username, PASSWORD);

        AccountRuleException wrongCurrent = assertThrows(AccountRuleException.class,
                () -> accounts.changeOwnPassword("not-my-password", "walnut-ferry-quiet-lamp"));
        assertEquals(Violation.WRONG_CURRENT_PASSWORD, wrongCurrent.violation());
        AccountRuleException weak = assertThrows(AccountRuleException.class,
                () -> accounts.changeOwnPassword(PASSWORD, username.toUpperCase()));
        assertEquals("password.problem.SAME_AS_USERNAME", weak.messageKey());

        accounts.changeOwnPassword(PASSWORD, "walnut-ferry-quiet-lamp");

        assertEquals(Outcome.INVALID, signIn.signIn(username, PASSWORD, null).outcome());
        SignInResult result = signIn.signIn(username, "walnut-ferry-quiet-lamp", null);
        assertEquals(Outcome.SIGNED_IN, result.outcome());
        assertFalse(result.passwordChangeRequired());
    }

    @Test
    void everyChangeToAnAccountIsInTheAuditTrailNewestFirstWithWhoDidIt() {
        Caller.admin();
        String username = Unique.username("aud");
        Account account = accounts.create(new Account(username, "Dr Audit", "audit@example.org", Role.CLINICIAN),
                PASSWORD, List.of());
        accounts.disable(account.getId());
        accounts.enable(account.getId());
        accounts.resetPassword(account.getId(), "amber-tide-kestrel-3");

        List<AuditEvent> events = audit.search(new AuditQuery(username.toUpperCase(), null, null, null), 0, 50);

        assertEquals(List.of(AuditAction.PASSWORD_RESET, AuditAction.ACCOUNT_ENABLED, AuditAction.ACCOUNT_DISABLED,
                AuditAction.ACCOUNT_CREATED), events.stream().map(AuditEvent::getAction).toList());
        assertTrue(events.stream().allMatch(e -> "admin".equals(e.getActor()) && username.equals(e.getSubject())
                && account.getId().equals(e.getSubjectId())));
        assertEquals(4, audit.count(new AuditQuery(username, null, null, null)));
        LocalDate today = calendar.today();
        assertEquals(1, audit.count(new AuditQuery(username, AuditAction.ACCOUNT_DISABLED, today, today)));
        assertEquals(0, audit.count(new AuditQuery(username, null, today.plusDays(1), null)));
        assertThrows(RuleViolation.class, () -> audit.count(new AuditQuery(null, null, today, today.minusDays(1))));
    }

    @Test
    void aClinicianOpeningAPatientsRecordIsAuditedAndAStrangerLeavesNoLine() {
        Account clinician = fixture.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account stranger = fixture.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account patient = fixture.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());

        Caller.signIn(clinician.getUsername(), PASSWORD);
        overviews.overview(patient.getId());
        programmes.editing(patient.getId(), false);
        Caller.signIn(stranger.getUsername(), PASSWORD);
        assertThrows(RuleViolation.class, () -> overviews.overview(patient.getId()));

        Caller.admin();
        List<AuditEvent> reads = audit.search(new AuditQuery(patient.getUsername(), AuditAction.PATIENT_RECORD_VIEWED,
                null, null), 0, 50);
        assertEquals(List.of("programme editor", "patient page"), reads.stream().map(AuditEvent::getDetail).toList());
        assertTrue(reads.stream().allMatch(e -> clinician.getUsername().equals(e.getActor())
                && patient.getId().equals(e.getSubjectId())));
    }

    @Test
    void signInAttemptsAreAuditedAndNoPasswordEverIs() {
        String username = Unique.username("try");
        fixture.open(Role.PATIENT, username, PASSWORD);
        String unknown = Unique.username("nobody");

        signIn.signIn(username, "a-wrong-password-123", null);
        signIn.signIn(unknown, "another-wrong-password", null);
        signIn.signIn(username, PASSWORD, null);

        Caller.admin();
        List<AuditEvent> mine = audit.search(new AuditQuery(username, null, null, null), 0, 50);
        assertEquals(List.of(AuditAction.SIGNED_IN, AuditAction.SIGN_IN_FAILED),
                mine.stream().map(AuditEvent::getAction).toList());
        assertEquals(username, mine.get(1).getActor());
        List<AuditEvent> theirs = audit.search(new AuditQuery(unknown, AuditAction.SIGN_IN_FAILED, null, null), 0, 50);
        assertEquals(1, theirs.size());
        assertEquals("unknown username", theirs.get(0).getDetail());
        assertTrue(audit.search(AuditQuery.everything(), 0, 200).stream()
                .map(e -> String.valueOf(e.getDetail()))
                .noneMatch(detail -> detail.contains("wrong-password") || detail.contains(PASSWORD)));
    }

    @Test
    void onlyAdministratorsReadTheTrailAndNobodyWritesItOutsideAChange() {
        String username = Unique.username("clin");
        fixture.open(Role.CLINICIAN, username, PASSWORD);
        Caller.signIn(username, PASSWORD);

        assertThrows(EJBAccessException.class, () -> audit.search(AuditQuery.everything(), 0, 10));
        assertThrows(EJBAccessException.class, () -> audit.count(AuditQuery.everything()));
        assertThrows(EJBTransactionRequiredException.class,
                () -> audit.record(AuditAction.ACCOUNT_DISABLED, null, "forged"));
    }

    @Test
    void aPatientReadsWhoAtTheClinicOpenedOrChangedTheirRecordNewestFirstButNotTheirOwnActions() {
        Account clinician = fixture.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account patient = fixture.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        Account other = fixture.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());

        Caller.signIn(clinician.getUsername(), PASSWORD);
        overviews.overview(patient.getId());
        clock.advance(Duration.ofMinutes(5));
        overviews.overview(other.getId());
        clock.advance(Duration.ofMinutes(5));
        Caller.admin();
        accounts.resetPassword(patient.getId(), "tulip-anchor-meadow-77");
        Caller.signIn(patient.getUsername(), "tulip-anchor-meadow-77");
        accounts.changeOwnPassword("tulip-anchor-meadow-77", PASSWORD);

        assertEquals(2, audit.countAboutMe());
        List<AccessLine> lines = audit.aboutMe(0, 20);
        assertEquals(List.of(AuditAction.PASSWORD_RESET, AuditAction.PATIENT_RECORD_VIEWED),
                lines.stream().map(AccessLine::action).toList());
        assertEquals(Role.ADMIN, lines.get(0).role());
        assertEquals(clinician.getDisplayName(), lines.get(1).name());
        assertEquals(Role.CLINICIAN, lines.get(1).role());
        assertEquals(List.of(AuditAction.PATIENT_RECORD_VIEWED), audit.aboutMe(1, 20).stream()
                .map(AccessLine::action).toList(), "paged");

        Caller.signIn(other.getUsername(), PASSWORD);
        assertEquals(1, audit.countAboutMe(), "only the other patient's own record");
        Caller.signIn(clinician.getUsername(), PASSWORD);
        assertThrows(EJBAccessException.class, () -> audit.aboutMe(0, 20));
    }

    @Test
    void anExportHandsOverEveryLineOfThePeriodOnceNewestFirstAndIsItselfAudited() {
        LocalDate day = LocalDate.of(2021, 3, 14);
        String actor = Unique.username("bulk");
        fixture.auditLines(day, 2_345, actor);
        fixture.auditLines(day.minusDays(1), 3, actor);
        fixture.auditLines(day.plusDays(1), 3, actor);

        Caller.admin();
        List<AuditEvent> seen = new ArrayList<>();
        long count = audit.export(new AuditQuery(actor, null, day, day), seen::add);

        assertEquals(2_345, count);
        assertEquals(2_345, seen.stream().map(AuditEvent::getId).distinct().count());
        for (int i = 1; i < seen.size(); i++) {
            AuditEvent before = seen.get(i - 1);
            AuditEvent after = seen.get(i);
            assertTrue(before.getOccurredAt().isAfter(after.getOccurredAt())
                    || before.getOccurredAt().isEqual(after.getOccurredAt()) && before.getId() > after.getId(),
                    "newest first at " + i);
        }
        assertEquals("line 2344", seen.get(0).getDetail());
        List<AuditEvent> exports = audit.search(new AuditQuery("admin", AuditAction.AUDIT_EXPORTED, null, null), 0, 1);
        assertEquals("days 2021-03-14 to 2021-03-14, username " + actor, exports.get(0).getDetail());

        RuleViolation noDays = assertThrows(RuleViolation.class,
                () -> audit.export(new AuditQuery(null, null, null, day), e -> { }));
        assertEquals("from", noDays.field());
        Account clinician = fixture.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Caller.signIn(clinician.getUsername(), PASSWORD);
        assertThrows(EJBAccessException.class, () -> audit.export(new AuditQuery(null, null, day, day), e -> { }));
    }
}
