package clinic.portal.domain.account;

import clinic.portal.domain.language.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Someone who signs in: an administrator, a clinician or a patient.
 * <p>
 * The profile (username, display name, email, role) is plain data an administrator fills in; everything that
 * has a rule (opening, signing in, failed sign-ins, disabling, passwords) is a method named for what happens, so the
 * rule lives here once and is unit-tested without a server. Usernames are kept in lower case so that
 * "Alice" and "alice" are one account.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.COUNT_ALL, query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(name = Account.COUNT_PATIENTS_OF,
        query = "SELECT COUNT(p) FROM Account p JOIN p.clinicians c WHERE c.username = :clinician"
                + " AND (:text = '' OR LOWER(p.displayName) LIKE :text OR p.username LIKE :text)")
@NamedQuery(name = Account.COUNT_TREATED_BY,
        query = "SELECT COUNT(p) FROM Account p JOIN p.clinicians c WHERE p.id = :patient AND c.username = :clinician")
@NamedQuery(name = Account.COUNT_ALL_TREATED_BY,
        query = "SELECT COUNT(DISTINCT p.id) FROM Account p JOIN p.clinicians c WHERE p.id IN :patients"
                + " AND c.username = :clinician")
@NamedQuery(name = Account.FIND_ENABLED_BY_ROLE,
        query = "SELECT a FROM Account a WHERE a.role = :role AND a.enabled = TRUE ORDER BY a.id")
public class Account implements Serializable {

    private static final long serialVersionUID = 1L;


    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String COUNT_ALL = "Account.countAll";
    public static final String FIND_ENABLED_BY_ROLE = "Account.findEnabledByRole";
    public static final String COUNT_PATIENTS_OF = "Account.countPatientsOf";
    public static final String COUNT_TREATED_BY = "Account.countTreatedBy";
    public static final String COUNT_ALL_TREATED_BY = "Account.countAllTreatedBy";

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 50;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    /** A phone number as people write it: digits, spaces, and + ( ) - . */
    public static final String PHONE_PATTERN = "\\+?[0-9 ()./-]{3,40}";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @NotBlank(message = "{account.username.required}")
    @Size(min = USERNAME_MIN, max = USERNAME_MAX, message = "{account.username.size}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", flags = Pattern.Flag.CASE_INSENSITIVE, message = "{account.username.pattern}")
    @Column(name = "username", nullable = false, unique = true, updatable = false, length = USERNAME_MAX)
    private String username;

    // The profile's rules (display name, email, phone) are declared once, on Profile, and checked through
    // getProfile() below.
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    /** Optional: how the care team reaches the person by phone (a patient who reported a warning sign). */
    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @NotNull(message = "{account.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "last_failed_sign_in_at")
    private OffsetDateTime lastFailedSignInAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_sign_in_at")
    private OffsetDateTime lastSignInAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Embedded
    @Valid
    private EmailPreferences emailPreferences = new EmailPreferences();

    /** The language the person chose; none: their browser's, and the clinic's base language for emails. */
    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 20)
    private Language language;

    /** The day the last weekly summary went to this account (one node marks it, then sends it). */
    @Column(name = "weekly_summary_sent_on")
    private LocalDate weeklySummarySentOn;

    /** The day the last morning digest went to this account. */
    @Column(name = "morning_digest_sent_on")
    private LocalDate morningDigestSentOn;

    /** For a patient: the clinicians responsible for them, who alone see and act on their data. */
    @ManyToMany
    @JoinTable(name = "care_team",
            joinColumns = @JoinColumn(name = "patient_id"),
            inverseJoinColumns = @JoinColumn(name = "clinician_id"))
    private Set<Account> clinicians = new HashSet<>();

    /** Checks a clear password against the stored hash without the hash leaving the account. */
    @FunctionalInterface
    public interface PasswordCheck {
        boolean matches(String storedHash);
    }

    /** An empty profile, for JPA and for the administrator's "new account" form. */
    public Account() {
    }

    public Account(String username, String displayName, String email, Role role) {
        setUsername(username);
        this.displayName = displayName;
        this.email = email;
        this.role = role;
    }

    /**
     * Makes the account usable: it gets its first password and is enabled.
     *
     * @param passwordHash      the hash of the first password
     * @param temporaryPassword whether the holder must choose their own password at first sign-in
     */
    public void open(String passwordHash, boolean temporaryPassword, OffsetDateTime now) {
        if (createdAt != null) {
            throw new IllegalStateException("Account " + username + " is already open");
        }
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.passwordChangeRequired = temporaryPassword;
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public boolean passwordMatches(PasswordCheck check) {
        return passwordHash != null && check.matches(passwordHash);
    }

    /**
     * Counts a wrong password, for the owner to be told at their next sign-in. It locks nothing: attempts are
     * slowed down by the sign-in throttle instead, so that nobody can lock anybody out.
     */
    public void recordFailedSignIn(OffsetDateTime now) {
        failedSignIns++;
        lastFailedSignInAt = Objects.requireNonNull(now, "now");
    }

    /** A successful sign-in: the failures since the previous one, which it then forgets (to tell the owner). */
    public FailuresSinceSignIn recordSignIn(OffsetDateTime now) {
        FailuresSinceSignIn failures = new FailuresSinceSignIn(failedSignIns, lastFailedSignInAt);
        failedSignIns = 0;
        lastFailedSignInAt = null;
        lastSignInAt = now;
        return failures;
    }

    /** Wrong passwords typed for an account since its owner last signed in, and when the last one was. */
    public record FailuresSinceSignIn(int count, OffsetDateTime last) {
        public static final FailuresSinceSignIn NONE = new FailuresSinceSignIn(0, null);
    }

    /** The holder chose a new password: it is no longer temporary. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        this.passwordChangeRequired = false;
    }

    /** An administrator set a temporary password: the holder must replace it. */
    public void resetPassword(String temporaryPasswordHash) {
        this.passwordHash = Objects.requireNonNull(temporaryPasswordHash, "temporaryPasswordHash");
        this.passwordChangeRequired = true;
    }

    /**
     * Makes these clinicians, and only these, responsible for this patient.
     *
     * @throws IllegalArgumentException when this is not a patient, a given account is not a clinician, or none is given
     */
    public void assignClinicians(Collection<Account> responsible) {
        if (role != Role.PATIENT) {
            throw new IllegalArgumentException("Only patients have responsible clinicians");
        }
        if (responsible.isEmpty() || responsible.stream().anyMatch(a -> a.getRole() != Role.CLINICIAN)) {
            throw new IllegalArgumentException("A patient needs one or more clinicians");
        }
        clinicians.clear();
        clinicians.addAll(responsible);
    }

    public Set<Account> getClinicians() {
        return Collections.unmodifiableSet(clinicians);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    /** Usernames are stored trimmed and in lower case. */
    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    /** The profile as a value, validated with the account (its constraints are declared there, once). */
    @Valid
    public Profile getProfile() {
        return Profile.of(this);
    }

    /** Takes an administrator's edit of the profile. */
    public void apply(Profile profile) {
        setDisplayName(profile.getDisplayName());
        setEmail(profile.getEmail());
        setPhone(profile.getPhone());
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public OffsetDateTime getLastFailedSignInAt() {
        return lastFailedSignInAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastSignInAt() {
        return lastSignInAt;
    }

    /** What the person wants by email; a copy, to edit and give back to {@link #apply(EmailPreferences)}. */
    public EmailPreferences getEmailPreferences() {
        return emailPreferences == null ? new EmailPreferences() : emailPreferences.copy();
    }

    public void apply(EmailPreferences preferences) {
        this.emailPreferences = preferences.copy();
    }

    /** The language the person chose, if they chose one. */
    public Optional<Language> getLanguage() {
        return Optional.ofNullable(language);
    }

    public void speak(Language language) {
        this.language = language;
    }

    /** The language to write to the person in, when they are not in front of a page: theirs, or the base one. */
    public Language writtenLanguage() {
        return language == null ? Language.BASE : language;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Account account && id != null && id.equals(account.id);
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + username + ", " + role + "]";
    }
}
