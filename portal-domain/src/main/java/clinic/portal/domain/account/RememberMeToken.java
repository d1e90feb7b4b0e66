package clinic.portal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * "Keep me signed in on this device": one device's sign-in, held in a cookie as a selector (to find the row) and a
 * validator (a secret, of which only the SHA-256 is stored). Every use replaces the validator, so a cookie works
 * once; a stolen copy that is used after the owner's next visit no longer matches, and ends the sign-in for good.
 */
@Entity
@Table(name = "remember_me_token")
@NamedQuery(name = RememberMeToken.FIND_BY_SELECTOR,
        query = "SELECT t FROM RememberMeToken t JOIN FETCH t.account WHERE t.selector = :selector")
@NamedQuery(name = RememberMeToken.DELETE_FOR_ACCOUNT,
        query = "DELETE FROM RememberMeToken t WHERE t.account.id = :account")
@NamedQuery(name = RememberMeToken.DELETE_EXPIRED_OF,
        query = "DELETE FROM RememberMeToken t WHERE t.account.id = :account AND t.expiresAt <= :now")
public class RememberMeToken implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_SELECTOR = "RememberMeToken.findBySelector";
    public static final String DELETE_FOR_ACCOUNT = "RememberMeToken.deleteForAccount";
    public static final String DELETE_EXPIRED_OF = "RememberMeToken.deleteExpiredOf";

    /**
     * How long the validator a use replaced still works: two pages opened at the same moment (after a restart of the
     * browser) both present the old cookie; the second must not look like a stolen copy.
     */
    public static final Duration GRACE = Duration.ofSeconds(60);

    @Id
    @SequenceGenerator(name = "remember_me_token_seq", sequenceName = "remember_me_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remember_me_token_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "selector", nullable = false, unique = true, updatable = false, length = 32)
    private String selector;

    @Column(name = "validator_hash", nullable = false, length = 64)
    private String validatorHash;

    /** The validator replaced by the last use, accepted for {@link #GRACE} after it (pages opened at once). */
    @Column(name = "previous_validator_hash", length = 64)
    private String previousValidatorHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    protected RememberMeToken() {
    }

    public RememberMeToken(Account account, String selector, String validatorHash, OffsetDateTime now, Duration lasts) {
        this.account = Objects.requireNonNull(account);
        this.selector = Objects.requireNonNull(selector);
        this.validatorHash = Objects.requireNonNull(validatorHash);
        this.createdAt = now;
        this.expiresAt = now.plus(lasts);
    }

    /** Whether the token may still sign its holder in: not expired, and the account open without a temporary password. */
    public boolean isUsableAt(OffsetDateTime now) {
        return now.isBefore(expiresAt) && account.isEnabled() && !account.isPasswordChangeRequired();
    }

    /** What a presented validator (its hash) is to this token. */
    public Match match(String presentedHash, OffsetDateTime now) {
        if (constantTimeEquals(validatorHash, presentedHash)) {
            return Match.CURRENT;
        }
        if (previousValidatorHash != null && lastUsedAt != null && now.isBefore(lastUsedAt.plus(GRACE))
                && constantTimeEquals(previousValidatorHash, presentedHash)) {
            return Match.JUST_REPLACED;
        }
        return Match.NONE;
    }

    /** Replaces the validator after a use: the cookie just presented will not work again (after the grace). */
    public void rotate(String newValidatorHash, OffsetDateTime now) {
        this.previousValidatorHash = validatorHash;
        this.validatorHash = Objects.requireNonNull(newValidatorHash);
        this.lastUsedAt = now;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** How a presented validator matches. */
    public enum Match {
        /** The validator of the last cookie issued. */
        CURRENT,
        /** The one it replaced, moments ago: a page opened at the same time as the one that rotated it. */
        JUST_REPLACED,
        /** Neither: a copy of an old cookie, used after its owner used theirs. */
        NONE
    }

    public Account getAccount() {
        return account;
    }

    public String getSelector() {
        return selector;
    }

    public String getValidatorHash() {
        return validatorHash;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
