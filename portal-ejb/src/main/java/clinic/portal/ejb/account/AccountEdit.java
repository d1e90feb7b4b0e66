package clinic.portal.ejb.account;

import clinic.portal.domain.account.Profile;
import clinic.portal.domain.account.Role;

import java.io.Serializable;
import java.util.List;

/**
 * An account as the administrator's edit page needs it, in one call: who it is, the profile to edit, and for a
 * patient the ids of their clinicians and the clinicians to choose from.
 */
public record AccountEdit(long id, String username, Role role, Profile profile, List<Long> clinicianIds,
                          List<AccountSummary> clinicians) implements Serializable {
}
