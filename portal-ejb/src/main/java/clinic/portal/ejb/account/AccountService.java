package clinic.portal.ejb.account;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.PasswordResetLink;
import clinic.portal.domain.mail.MailKind;
import clinic.portal.ejb.Secrets;
import clinic.portal.ejb.mail.Outbox;
import clinic.portal.domain.account.PasswordPolicy;
import clinic.portal.domain.account.Profile;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.review.PatientReviews;
import clinic.portal.ejb.token.TokenService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static clinic.portal.domain.account.Role.Names.ADMIN;
import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * Accounts, as administrators manage them, and each person's own password.
 * <p>
 * Administrators only, except {@link #changeOwnPassword}, {@link #signOutEverywhere} and {@link #getCurrentAccount},
 * which act on the caller's own account and nobody else's.
 */
@Stateless
@RolesAllowed(ADMIN)
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Passwords passwords;

    @Inject
    private PatientReviews patientReviews;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private AuditTrail audit;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private RememberedDevices devices;

    @Inject
    private TokenService tokens;

    @Inject
    private Outbox outbox;

    /**
     * Opens a new account with a temporary password that its holder must change at first sign-in. A patient
     * gets the clinicians responsible for them at once.
     *
     * @param clinicianIds for a patient, their responsible clinicians (one or more); ignored for other roles
     * @throws AccountRuleException when the username is taken, the password is weak, or a patient has no clinician
     */
    public Account create(@NotNull @Valid Account account, @NotNull String temporaryPassword,
                          @NotNull Collection<Long> clinicianIds) {
        if (findByUsername(account.getUsername()).isPresent()) {
            throw new AccountRuleException(AccountRuleException.Violation.DUPLICATE_USERNAME);
        }
        requireStrong(account, temporaryPassword, "temporaryPassword");
        return open(account, passwords.hash(temporaryPassword), clinicianIds, "");
    }

    /**
     * Opens a new account and emails its holder an invitation: a link, valid seven days, to choose their own
     * password (no temporary password passes through the administrator). A patient gets their clinicians at once.
     *
     * @throws AccountRuleException when the username is taken or a patient has no clinician
     */
    public Account invite(@NotNull @Valid Account account, @NotNull Collection<Long> clinicianIds) {
        return invite(account, clinicianIds, false);
    }

    /**
     * Opens an account as {@link #invite} does, for a patient imported from a file: the invitation is part of the
     * import's bulk send, which goes out after anything more urgent.
     */
    public Account inviteImported(@NotNull @Valid Account account, @NotNull Collection<Long> clinicianIds) {
        return invite(account, clinicianIds, true);
    }

    private Account invite(Account account, Collection<Long> clinicianIds, boolean imported) {
        if (findByUsername(account.getUsername()).isPresent()) {
            throw new AccountRuleException(AccountRuleException.Violation.DUPLICATE_USERNAME);
        }
        // A password nobody knows, until the invitation sets one.
        open(account, passwords.unknowable(), clinicianIds, imported ? ", imported and invited by email"
                : ", invited by email");
        String token = Secrets.random(32);
        em.persist(new PasswordResetLink(account, Secrets.sha256(token), now(), PasswordResetLink.INVITATION_LIFETIME));
        if (imported) {
            outbox.writeInBulk(account, MailKind.INVITATION, "/reset.xhtml?token=" + token);
        } else {
            outbox.write(account, MailKind.INVITATION, "/reset.xhtml?token=" + token);
        }
        return account;
    }

    private Account open(Account account, String passwordHash, Collection<Long> clinicianIds, String how) {
        if (account.getRole() == Role.PATIENT) {
            account.assignClinicians(requireClinicians(clinicianIds));
        }
        account.open(passwordHash, true, now());
        em.persist(account);
        audit.record(AuditAction.ACCOUNT_CREATED, account, (account.getRole() == Role.PATIENT
                ? account.getRole().name() + ", clinicians: " + usernames(account.getClinicians())
                : account.getRole().name()) + how);
        LOG.info(() -> "Account " + account.getUsername() + " (" + account.getRole() + ") created by " + caller());
        return account;
    }

    /** A page of accounts whose username, name or email contains the text, optionally of one role. */
    public List<AccountSummary> search(String text, Role role, @Min(0) int first, @Min(1) @Max(200) int max) {
        return searchQuery("SELECT NEW clinic.portal.ejb.account.AccountSummary(a.id, a.username, a.displayName,"
                + " a.email, a.role, a.enabled, a.lastSignInAt, a.createdAt)", text, role,
                " ORDER BY a.username", AccountSummary.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(String text, Role role) {
        return searchQuery("SELECT COUNT(a)", text, role, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> searchQuery(String select, String text, Role role, String orderBy, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM Account a WHERE a.id IS NOT NULL");
        String pattern = likePattern(text);
        if (pattern != null) {
            jpql.append(" AND (a.username LIKE :text ESCAPE '\\' OR LOWER(a.displayName) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(a.email) LIKE :text ESCAPE '\\')");
        }
        if (role != null) {
            jpql.append(" AND a.role = :role");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(orderBy).toString(), type);
        if (pattern != null) {
            query.setParameter("text", pattern);
        }
        if (role != null) {
            query.setParameter("role", role);
        }
        return query;
    }

    private static String likePattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Enabled clinicians, for choosing who treats a patient. */
    public List<AccountSummary> clinicians() {
        return search(null, Role.CLINICIAN, 0, 200).stream().filter(AccountSummary::enabled).toList();
    }

    /**
     * Makes these clinicians, and only these, responsible for the patient.
     *
     * @throws AccountRuleException ({@code NO_CLINICIAN}) when none, or an account that is not a clinician, is given
     */
    public void assignClinicians(long patientId, @NotNull Collection<Long> clinicianIds) {
        Account patient = getAccount(patientId);
        if (patient.getRole() != Role.PATIENT) {
            throw new AccountNotFoundException(patientId);
        }
        assignClinicians(patient, clinicianIds);
    }

    private void assignClinicians(Account patient, Collection<Long> clinicianIds) {
        patient.assignClinicians(requireClinicians(clinicianIds));
        audit.record(AuditAction.CARE_TEAM_CHANGED, patient, "clinicians: " + usernames(patient.getClinicians()));
        LOG.info(() -> "Clinicians of patient " + patient.getUsername() + " set to " + clinicianIds + " by " + caller());
    }

    /** An account as the edit page shows it: its profile, and for a patient their clinicians and the choice. */
    public AccountEdit forEdit(long id) {
        Account account = getAccount(id);
        boolean patient = account.getRole() == Role.PATIENT;
        return new AccountEdit(account.getId(), account.getUsername(), account.getRole(), Profile.of(account),
                patient ? account.getClinicians().stream().map(Account::getId).sorted().toList() : List.of(),
                patient ? clinicians() : List.of());
    }

    /**
     * An administrator's edit of an account, all or nothing: the profile and, for a patient, the clinicians
     * responsible for them. A refused care team leaves the profile as it was.
     *
     * @param clinicianIds for a patient, their clinicians (one or more); ignored for other roles
     */
    public void update(long id, @NotNull @Valid Profile profile, @NotNull Collection<Long> clinicianIds) {
        Account account = getAccount(id);
        account.apply(profile);
        audit.record(AuditAction.ACCOUNT_UPDATED, account, null);
        if (account.getRole() == Role.PATIENT) {
            patientReviews.changed(id); // the name the clinicians' lists sort by
            assignClinicians(account, clinicianIds);
        }
    }

    private List<Account> requireClinicians(Collection<Long> ids) {
        List<Account> clinicians = ids.isEmpty() ? List.of() : em.createQuery(
                        "SELECT a FROM Account a WHERE a.id IN :ids AND a.role = :role", Account.class)
                .setParameter("ids", ids)
                .setParameter("role", Role.CLINICIAN)
                .getResultList();
        if (clinicians.isEmpty() || clinicians.size() != new HashSet<>(ids).size()) {
            throw new AccountRuleException(AccountRuleException.Violation.NO_CLINICIAN);
        }
        return clinicians;
    }

    public Optional<Account> findAccount(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Account getAccount(long id) {
        return findAccount(id).orElseThrow(() -> new AccountNotFoundException(id));
    }

    public Optional<Account> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /**
     * Stops an account from signing in. Administrators cannot disable themselves, and the last enabled
     * administrator stays: otherwise nobody could manage accounts any more.
     */
    public void disable(long id) {
        Account account = getAccount(id);
        if (account.getUsername().equals(caller())) {
            throw new AccountRuleException(AccountRuleException.Violation.SELF_DISABLE);
        }
        if (account.getRole() == Role.ADMIN && account.isEnabled()) {
            List<Account> enabledAdmins = em.createNamedQuery(Account.FIND_ENABLED_BY_ROLE, Account.class)
                    .setParameter("role", Role.ADMIN)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            if (enabledAdmins.size() <= 1) {
                throw new AccountRuleException(AccountRuleException.Violation.LAST_ADMINISTRATOR);
            }
        }
        account.disable();
        devices.forgetAllOf(account);
        tokens.revokeAllOf(account);
        audit.record(AuditAction.ACCOUNT_DISABLED, account, null);
        LOG.info(() -> "Account " + account.getUsername() + " disabled by " + caller());
    }

    public void enable(long id) {
        Account account = getAccount(id);
        account.enable();
        audit.record(AuditAction.ACCOUNT_ENABLED, account, null);
        LOG.info(() -> "Account " + account.getUsername() + " enabled by " + caller());
    }

    /** Lifts the delay on an account's sign-ins at once, for its owner whom the clinic has verified. */
    public void unlock(long id) {
        Account account = getAccount(id);
        throttle.forget(account.getUsername());
        audit.record(AuditAction.ACCOUNT_UNLOCKED, account, null);
        LOG.info(() -> "Account " + account.getUsername() + " unlocked by " + caller());
    }

    /** Sets a temporary password that the holder must change at their next sign-in. */
    public void resetPassword(long id, @NotNull String temporaryPassword) {
        Account account = getAccount(id);
        requireStrong(account, temporaryPassword, "temporaryPassword");
        account.resetPassword(passwords.hash(temporaryPassword));
        devices.forgetAllOf(account);
        tokens.revokeAllOf(account);
        audit.record(AuditAction.PASSWORD_RESET, account, null);
        LOG.info(() -> "Password of account " + account.getUsername() + " reset by " + caller());
    }

    /** The signed-in person's own account. */
    @RolesAllowed({ADMIN, CLINICIAN, PATIENT})
    public Account getCurrentAccount() {
        return findByUsername(caller()).orElseThrow(() -> new IllegalStateException("Signed-in account is gone"));
    }

    /**
     * Replaces the caller's own password after checking the current one.
     *
     * @throws AccountRuleException when the current password is wrong or the new one is weak
     */
    @RolesAllowed({ADMIN, CLINICIAN, PATIENT})
    public void changeOwnPassword(@NotNull String currentPassword, @NotNull String newPassword) {
        Account account = getCurrentAccount();
        if (!account.passwordMatches(hash -> passwords.verify(currentPassword, hash))) {
            throw new AccountRuleException(AccountRuleException.Violation.WRONG_CURRENT_PASSWORD);
        }
        requireStrong(account, newPassword, "newPassword");
        account.changePassword(passwords.hash(newPassword));
        devices.forgetAllOf(account);
        tokens.revokeAllOf(account);
        audit.record(AuditAction.PASSWORD_CHANGED, account, null);
    }

    /**
     * "Sign out everywhere": every remembered device of the caller is forgotten and every API token revoked (the web
     * layer ends their page sessions). The caller's username, for that.
     */
    @RolesAllowed({ADMIN, CLINICIAN, PATIENT})
    public String signOutEverywhere() {
        Account account = getCurrentAccount();
        devices.forgetAllOf(account);
        tokens.revokeAllOf(account);
        audit.record(AuditAction.SIGNED_OUT_EVERYWHERE, account, null);
        return account.getUsername();
    }

    /**
     * Refuses a new password the policy finds weak for this account (its username, name and email are guessable):
     * the one check every way of setting a password goes through.
     */
    static void requireStrong(Account account, String password, String field) {
        PasswordPolicy.check(account.getUsername(), password, Arrays.asList(account.getDisplayName(),
                account.getEmail())).ifPresent(problem -> {
            throw AccountRuleException.weakPassword(problem, field);
        });
    }

    private static String usernames(Collection<Account> accounts) {
        return accounts.stream().map(Account::getUsername).sorted().collect(Collectors.joining(", "));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return calendar.now();
    }
}
