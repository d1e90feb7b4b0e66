package clinic.portal.web.admin.accounts;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.PasswordPolicy;
import clinic.portal.domain.account.Role;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.account.AccountRuleException;
import clinic.portal.ejb.account.AccountService;
import clinic.portal.ejb.account.AccountSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code /admin/accounts/edit.xhtml?id=…}: an account's name and email, a patient's responsible
 * clinicians, and a new temporary password.
 */
@Named
@ViewScoped
public class EditAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private Long id;
    private String username;
    private Role role;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = Account.DISPLAY_NAME_MAX, message = "{account.displayName.size}")
    private String displayName;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = Account.EMAIL_MAX, message = "{account.email.size}")
    private String email;

    @jakarta.validation.constraints.Pattern(regexp = Account.PHONE_PATTERN, message = "{account.phone.invalid}")
    private String phone;

    private List<Long> clinicianIds = new ArrayList<>();
    private List<AccountSummary> clinicians;

    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{password.size}")
    private String temporaryPassword;

    public void load() throws IOException {
        Account account;
        try {
            account = accounts.getAccount(id == null ? -1 : id);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Not found");
            return;
        }
        username = account.getUsername();
        role = account.getRole();
        displayName = account.getDisplayName();
        email = account.getEmail();
        phone = account.getPhone();
        if (role == Role.PATIENT) {
            clinicianIds = new ArrayList<>(accounts.cliniciansOf(id));
            clinicians = accounts.clinicians();
        }
    }

    public void save() {
        try {
            accounts.updateProfile(id, displayName, email, phone == null || phone.isBlank() ? null : phone);
            if (role == Role.PATIENT) {
                accounts.assignClinicians(id, clinicianIds);
            }
            Messages.addGlobalInfo("account.saved", displayName);
        } catch (AccountRuleException e) {
            Messages.addError("form:clinicians", e.messageKey());
        }
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(id, temporaryPassword);
            temporaryPassword = null;
            Messages.addGlobalInfo("account.passwordReset", displayName);
        } catch (AccountRuleException e) {
            Messages.addError("reset:temporaryPassword", e.messageKey());
        }
    }

    public boolean isPatient() {
        return role == Role.PATIENT;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<Long> getClinicianIds() {
        return clinicianIds;
    }

    public void setClinicianIds(List<Long> clinicianIds) {
        this.clinicianIds = clinicianIds;
    }

    public List<AccountSummary> getClinicians() {
        return clinicians;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
