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
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A bearer token an app got by signing in once, so it need not send the password (and pay for hashing it) with
 * every request. Only the token's SHA-256 is stored: a copy of the table signs nobody in.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.FIND_VALID,
        query = "SELECT t FROM ApiToken t JOIN FETCH t.account a WHERE t.tokenHash = :hash AND t.revokedAt IS NULL"
                + " AND t.expiresAt > :now AND a.enabled = TRUE AND a.passwordChangeRequired = FALSE")
@NamedQuery(name = ApiToken.REVOKE_ALL_OF,
        query = "UPDATE ApiToken t SET t.revokedAt = :now WHERE t.account.id = :account AND t.revokedAt IS NULL")
@NamedQuery(name = ApiToken.FIND_BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
public class ApiToken implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_VALID = "ApiToken.findValid";
    public static final String FIND_BY_HASH = "ApiToken.findByHash";
    public static final String REVOKE_ALL_OF = "ApiToken.revokeAllOf";

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected ApiToken() {
    }

    public ApiToken(Account account, String tokenHash, OffsetDateTime now, OffsetDateTime expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Account getAccount() {
        return account;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    /** The token's SHA-256, as stored (the token itself is never kept). */
    public String getTokenHash() {
        return tokenHash;
    }
}
