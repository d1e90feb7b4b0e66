package clinic.portal.ejb.account;

import clinic.portal.domain.account.Role;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One row of the administrator's account list: what an administrator may see of an account, and nothing
 * of its password.
 */
public record AccountSummary(Long id, String username, String displayName, String email, Role role,
                             boolean enabled, OffsetDateTime lastSignInAt,
                             OffsetDateTime createdAt) implements Serializable {
}
