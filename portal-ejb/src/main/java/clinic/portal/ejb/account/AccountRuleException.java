package clinic.portal.ejb.account;

import clinic.portal.domain.account.PasswordPolicy;
import clinic.portal.ejb.RuleViolation;
import jakarta.ejb.ApplicationException;

/**
 * An account change that a rule forbids. Each {@link Violation} has the message key
 * {@code account.violation.<name>} and concerns one input of the form; a weak password also says which
 * {@link PasswordPolicy.Problem}, and which password field it concerns.
 */
@ApplicationException(rollback = true)
public class AccountRuleException extends RuleViolation {

    public enum Violation {
        DUPLICATE_USERNAME("username"),
        WEAK_PASSWORD("password"),
        WRONG_CURRENT_PASSWORD("currentPassword"),
        SELF_DISABLE(null),
        LAST_ADMINISTRATOR(null),
        NO_CLINICIAN("clinicians");

        private final String field;

        Violation(String field) {
            this.field = field;
        }
    }

    private final Violation violation;

    public AccountRuleException(Violation violation) {
        super(violation.name(), "account.violation." + violation.name(), violation.field, new Object[0]);
        this.violation = violation;
    }

    private AccountRuleException(PasswordPolicy.Problem problem, String field) {
        super(Violation.WEAK_PASSWORD + ": " + problem, "password.problem." + problem.name(), field, new Object[0]);
        this.violation = Violation.WEAK_PASSWORD;
    }

    /** A password the policy refuses, in the named input ({@code temporaryPassword}, {@code newPassword}). */
    public static AccountRuleException weakPassword(PasswordPolicy.Problem problem, String field) {
        return new AccountRuleException(problem, field);
    }

    public Violation violation() {
        return violation;
    }
}
