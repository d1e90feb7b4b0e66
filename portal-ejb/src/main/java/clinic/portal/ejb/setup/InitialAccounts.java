package clinic.portal.ejb.setup;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.PasswordPolicy;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.programme.Plan;
import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.domain.programme.Programme;
import clinic.portal.ejb.account.Passwords;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Gives an empty database its first accounts, so that someone can sign in.
 * <p>
 * In demo mode ({@code PORTAL_DEMO=true}, set by the README's run command) that is one administrator, one
 * clinician and one patient in that clinician's care, with the passwords the README lists. Otherwise it is one administrator from
 * {@code PORTAL_ADMIN_USERNAME} and {@code PORTAL_ADMIN_PASSWORD}, who must change that password at first
 * sign-in; without them the deployment fails, because a portal nobody can sign in to is of no use. A
 * database that has any account is left alone, so this is safe at every start.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
public class InitialAccounts {

    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());

    /** Demo accounts: username, display name, role and password, as printed in the README. */
    /** A mobile number reserved by Ofcom for drama: the demo patient's, so the warning-sign queue shows one. */
    private static final String DEMO_PATIENT_PHONE = "07700 900123";

    private static final String[][] DEMO = {
            {"admin", "Portal Administrator", "ADMIN", "admin-demo-password"},
            {"clinician", "Dr Maya Chen", "CLINICIAN", "clinician-demo-password"},
            {"patient", "Sam Patel", "PATIENT", "patient-demo-password"},
    };

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "portal.admin.username")
    private Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    private Optional<String> adminPassword;

    /** The demo patient's programme: walk 10 minutes twice a day and a back stretch, from today on. */
    private Programme demoProgramme(Account patient, Account clinician, OffsetDateTime now) {
        Exercise walking = em.find(Exercise.class, 1L);
        Exercise stretch = em.find(Exercise.class, 2L);
        PlanDraft draft = new PlanDraft();
        PlanDraft.PhaseDraft phase = draft.addPhase("First days", null);
        phase.add(walking, walking.getDefaultDose());
        phase.add(stretch, stretch.getDefaultDose());
        return Programme.assign(patient, clinician, calendar.today(), "Keep moving: a little walking every day helps.",
                Plan.from(draft, Map.of(1L, walking, 2L, stretch)), now);
    }

    @PostConstruct
    void seed() {
        long accounts = em.createNamedQuery(Account.COUNT_ALL, Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        OffsetDateTime now = calendar.now();
        if (demo) {
            Account clinician = null;
            Account patient = null;
            for (String[] row : DEMO) {
                Account account = new Account(row[0], row[1], row[0] + "@demo.clinic.invalid", Role.valueOf(row[2]));
                account.open(passwords.hash(row[3]), false, now);
                if (account.getRole() == Role.CLINICIAN) {
                    clinician = account;
                } else if (account.getRole() == Role.PATIENT) {
                    account.assignClinicians(List.of(clinician));
                    account.setPhone(DEMO_PATIENT_PHONE);
                    patient = account;
                }
                em.persist(account);
                audit.recordByPortal(AuditAction.ACCOUNT_CREATED, account, "demo mode");
            }
            em.persist(demoProgramme(patient, clinician, now));
            LOG.warning("Demo mode: seeded the demo accounts admin, clinician and patient (treated by clinician, with a"
                    + " programme). Never use demo mode in production.");
            return;
        }
        String username = adminUsername.filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                "The database has no account. Set PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD for the first "
                        + "administrator (or PORTAL_DEMO=true for a demo)."));
        String password = adminPassword.orElse("");
        PasswordPolicy.check(username, password).ifPresent(problem -> {
            throw new IllegalStateException("PORTAL_ADMIN_PASSWORD is not acceptable: " + problem
                    + " (at least " + PasswordPolicy.MIN_LENGTH + " characters, not the username)");
        });
        Account admin = new Account(username, "Administrator", username + "@localhost.invalid", Role.ADMIN);
        admin.open(passwords.hash(password), true, now);
        em.persist(admin);
        audit.recordByPortal(AuditAction.ACCOUNT_CREATED, admin, "first administrator, from PORTAL_ADMIN_USERNAME");
        LOG.info(() -> "Created the first administrator, " + admin.getUsername() + "; the password must be changed at first sign-in.");
    }
}
