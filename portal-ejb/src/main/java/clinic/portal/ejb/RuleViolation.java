package clinic.portal.ejb;

import jakarta.ejb.ApplicationException;

import java.util.Objects;

/**
 * A change that a clinical or business rule refuses. It carries the message key (and arguments) that tell the
 * person what to do, and the name of the field it concerns when there is one.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.field = field;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input the rule concerns (such as {@code startDate}), or null for the form as a whole. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
