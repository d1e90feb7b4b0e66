package clinic.portal.ejb.account;

import clinic.portal.domain.account.PasswordPolicy;

import java.util.Objects;

import jakarta.ejb.ApplicationException;

/**
 * An account change that a rule forbids. Each {@link Violation} has the message key
 * {@code account.violation.<name>}; a weak password also says which {@link PasswordPolicy.Problem}.
 */
@ApplicationException(rollback = true)
public class AccountRuleException extends RuntimeException {

    public enum Violation {
        DUPLICATE_USERNAME,
        WEAK_PASSWORD,
        WRONG_CURRENT_PASSWORD,
        SELF_DISABLE,
        LAST_ADMINISTRATOR,
        NO_CLINICIAN
    }

    private final Violation violation;
    private final PasswordPolicy.Problem passwordProblem;

    public AccountRuleException(Violation violation) {
        this(violation, null);
    }

    private AccountRuleException(Violation violation, PasswordPolicy.Problem passwordProblem) {
        super(violation + (passwordProblem == null ? "" : ": " + passwordProblem));
        this.violation = Objects.requireNonNull(violation);
        this.passwordProblem = passwordProblem;
    }

    public static AccountRuleException weakPassword(PasswordPolicy.Problem problem) {
        return new AccountRuleException(Violation.WEAK_PASSWORD, problem);
    }

    public Violation violation() {
        return violation;
    }

    /** The message key for the person who made the change. */
    public String messageKey() {
        return passwordProblem != null
                ? "password.problem." + passwordProblem.name()
                : "account.violation." + violation.name();
    }
}
