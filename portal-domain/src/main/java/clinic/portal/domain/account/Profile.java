package clinic.portal.domain.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What an administrator edits of an account: its display name, email and phone, with their rules declared once for
 * the form and the service. Mutable, so that a form edits it in place.
 */
public class Profile implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = Account.DISPLAY_NAME_MAX, message = "{account.displayName.size}")
    private String displayName;

    @NotBlank(message = "{account.email.required}")
    @Size(max = Account.EMAIL_MAX, message = "{account.email.size}")
    @Email(message = "{account.email.invalid}")
    private String email;

    @Size(max = Account.PHONE_MAX, message = "{account.phone.invalid}")
    @Pattern(regexp = Account.PHONE_PATTERN, message = "{account.phone.invalid}")
    private String phone;

    public Profile() {
    }

    public Profile(String displayName, String email, String phone) {
        this.displayName = displayName;
        this.email = email;
        setPhone(phone);
    }

    public static Profile of(Account account) {
        return new Profile(account.getDisplayName(), account.getEmail(), account.getPhone());
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
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }
}
