package clinic.portal.ejb;

import jakarta.ejb.ApplicationException;

import java.util.Objects;

/**
 * The one base of the portal's rule exceptions: a change or a read that a clinical or business rule refuses. It
 * carries the message key (and arguments) that tell the person what to do, and the name of the input it concerns when
 * there is one. An application exception that rolls the transaction back; the web layer maps it in one place each for
 * pages ({@code clinic.portal.web.RuleViolations}) and for the API ({@code clinic.portal.web.api.ProblemMapper}).
 * Subtypes: {@link NotFoundException} (a 404 everywhere) and the account rules.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, String field, Object... arguments) {
        this(messageKey, messageKey, field, arguments);
    }

    /** For subtypes whose exception message (for logs) says more than the key. */
    protected RuleViolation(String message, String messageKey, String field, Object... arguments) {
        super(message);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.field = field;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input the rule concerns (such as {@code startDate}), or null for the form as a whole. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
