package clinic.portal.web.login;

import clinic.portal.ejb.account.PasswordResets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /forgot.xhtml}: asks for a "Forgot your password?" link. The answer is the same whether or not an
 * account matches ({@link PasswordResets#request}), so the page tells nobody which usernames or addresses exist.
 */
@Named
@RequestScoped
public class ForgotPassword {

    @Inject
    private PasswordResets resets;

    @NotBlank
    @Size(max = 254)
    private String who;

    public void submit() {
        resets.request(who);
        Messages.addGlobalInfo("forgot.sent");
        who = null;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }
}
