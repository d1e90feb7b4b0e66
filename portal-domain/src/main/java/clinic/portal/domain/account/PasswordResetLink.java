package clinic.portal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A link that sets an account's password: "Forgot your password?" (single use, valid {@link #LIFETIME}) or an
 * invitation to a new account (valid {@link #INVITATION_LIFETIME}). Only its token's SHA-256 is stored.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordResetLink.FIND_BY_HASH,
        query = "SELECT r FROM PasswordResetLink r JOIN FETCH r.account WHERE r.tokenHash = :hash")
@NamedQuery(name = PasswordResetLink.COUNT_SINCE,
        query = "SELECT COUNT(r) FROM PasswordResetLink r WHERE r.account.id = :account AND r.createdAt > :since")
@NamedQuery(name = PasswordResetLink.USE_ALL_OF,
        query = "UPDATE PasswordResetLink r SET r.usedAt = :now WHERE r.account.id = :account AND r.usedAt IS NULL")
public class PasswordResetLink implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_HASH = "PasswordResetLink.findByHash";
    public static final String COUNT_SINCE = "PasswordResetLink.countSince";
    public static final String USE_ALL_OF = "PasswordResetLink.useAllOf";

    /** How long a "Forgot your password?" link works. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);
    /** How long an invitation to a new account works: people do not read their email within the half hour. */
    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    /** At most this many links an account is sent in an hour; further requests send nothing. */
    public static final int MAX_PER_HOUR = 3;

    @Id
    @SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected PasswordResetLink() {
        // for JPA
    }

    public PasswordResetLink(Account account, String tokenHash, OffsetDateTime now) {
        this(account, tokenHash, now, LIFETIME);
    }

    public PasswordResetLink(Account account, String tokenHash, OffsetDateTime now, Duration lifetime) {
        this.account = Objects.requireNonNull(account);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** Whether the link still sets a password: not used, not expired, and its account enabled. */
    public boolean isUsableAt(OffsetDateTime now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    public Account getAccount() {
        return account;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
