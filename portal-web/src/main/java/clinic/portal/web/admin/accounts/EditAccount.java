package clinic.portal.web.admin.accounts;

import clinic.portal.domain.account.PasswordPolicy;
import clinic.portal.domain.account.Profile;
import clinic.portal.domain.account.Role;
import clinic.portal.ejb.account.AccountEdit;
import clinic.portal.ejb.account.AccountService;
import clinic.portal.ejb.account.AccountSummary;
import clinic.portal.web.security.SignedInSessions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code /admin/accounts/edit.xhtml?id=…}: an administrator corrects an account's profile and, for a patient,
 * their clinicians, in one all-or-nothing call, and can reset the password to a temporary one. A missing account
 * answers 404.
 */
@Named
@ViewScoped
public class EditAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private SignedInSessions signedIn;

    private Long id;
    private AccountEdit account;

    @Valid
    private Profile profile;

    private List<Long> clinicianIds = new ArrayList<>();

    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{password.size}")
    private String temporaryPassword;

    public void load() {
        account = accounts.forEdit(id == null ? -1 : id);
        profile = account.profile();
        clinicianIds = new ArrayList<>(account.clinicianIds());
    }

    public void save() {
        accounts.update(id, profile, clinicianIds);
        Messages.addGlobalInfo("account.saved", profile.getDisplayName());
    }

    public void resetPassword() {
        accounts.resetPassword(id, temporaryPassword);
        signedIn.endAll(account.username(), null);
        temporaryPassword = null;
        Messages.addGlobalInfo("account.passwordReset", profile.getDisplayName());
    }

    public boolean isPatient() {
        return account.role() == Role.PATIENT;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return account.username();
    }

    public Role getRole() {
        return account.role();
    }

    public Profile getProfile() {
        return profile;
    }

    public List<Long> getClinicianIds() {
        return clinicianIds;
    }

    public void setClinicianIds(List<Long> clinicianIds) {
        this.clinicianIds = clinicianIds;
    }

    public List<AccountSummary> getClinicians() {
        return account.clinicians();
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
