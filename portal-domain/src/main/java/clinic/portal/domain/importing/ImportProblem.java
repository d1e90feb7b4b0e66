package clinic.portal.domain.importing;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What keeps one line of a patient file from becoming an account. Each has the message key
 * {@code import.problem.<name>}; a line can have several, and all of them are shown at once.
 */
public enum ImportProblem {
    NAME_MISSING,
    NAME_INVALID,
    EMAIL_MISSING,
    EMAIL_INVALID,
    PHONE_INVALID,
    USERNAME_MISSING,
    USERNAME_INVALID,
    /** Another line of the same file has it. */
    USERNAME_REPEATED,
    /** An account has it already. */
    USERNAME_TAKEN,
    CLINICIAN_MISSING,
    /** No enabled clinician has that username. */
    CLINICIAN_UNKNOWN,
    LANGUAGE_UNKNOWN,
    /** The line has more or fewer cells than the header. */
    CELLS_MISMATCH,
    /** The account could not be written for a reason of the system's, not of the line; importing it again may work. */
    NOT_WRITTEN;

    /** As kept in the database: the names, in this enum's order, separated by spaces. */
    public static String join(Collection<ImportProblem> problems) {
        return problems.isEmpty() ? null : EnumSet.copyOf(problems).stream().map(Enum::name)
                .collect(Collectors.joining(" "));
    }

    public static Set<ImportProblem> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return EnumSet.noneOf(ImportProblem.class);
        }
        return Arrays.stream(joined.trim().split(" +")).map(ImportProblem::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ImportProblem.class)));
    }

    public String messageKey() {
        return "import.problem." + name();
    }
}
