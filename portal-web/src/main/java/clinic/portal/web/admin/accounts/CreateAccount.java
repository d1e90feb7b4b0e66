package clinic.portal.web.admin.accounts;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.PasswordPolicy;
import clinic.portal.domain.account.Profile;
import clinic.portal.domain.account.Role;
import clinic.portal.ejb.account.AccountService;
import clinic.portal.ejb.account.AccountSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code /admin/accounts/create.xhtml}. The form binds the username and role to a new {@link Account} and
 * the rest to a {@link Profile}, so the rules declared on each validate it; a refusal from the service is shown next to
 * the field it concerns, and the form keeps everything typed.
 */
@Named
@ViewScoped
public class CreateAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private final Account account = new Account();

    @Valid
    private final Profile profile = new Profile();
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{password.size}")
    private String temporaryPassword;
    private List<Long> clinicianIds = new ArrayList<>();
    private boolean invite = true;
    private List<AccountSummary> clinicians;

    public void submit() throws IOException {
        account.apply(profile);
        if (invite) {
            accounts.invite(account, clinicianIds);
            Messages.addFlashGlobalInfo("account.invited", account.getDisplayName(), account.getUsername(),
                    account.getEmail());
        } else {
            accounts.create(account, temporaryPassword, clinicianIds);
            Messages.addFlashGlobalInfo("account.created", account.getDisplayName(), account.getUsername());
        }
        Faces.redirect(Faces.getRequestContextPath() + "/admin/accounts/index.xhtml");
    }

    public Profile getProfile() {
        return profile;
    }

    public boolean isPatient() {
        return account.getRole() == Role.PATIENT;
    }

    /** Enabled clinicians to choose from, read once per view. */
    public List<AccountSummary> getClinicians() {
        if (clinicians == null) {
            clinicians = accounts.clinicians();
        }
        return clinicians;
    }

    public List<Long> getClinicianIds() {
        return clinicianIds;
    }

    public void setClinicianIds(List<Long> clinicianIds) {
        this.clinicianIds = clinicianIds;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Account getAccount() {
        return account;
    }

    /** Whether the holder is emailed an invitation to choose their password (else the administrator gives one). */
    public boolean isInvite() {
        return invite;
    }

    public void setInvite(boolean invite) {
        this.invite = invite;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
