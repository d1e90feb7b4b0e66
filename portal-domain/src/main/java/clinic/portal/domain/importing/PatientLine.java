package clinic.portal.domain.importing;

import clinic.portal.domain.language.Language;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One patient as a line of a patient file says it, every cell as written (stripped of surrounding spaces, empty as
 * null). {@code row} is the row a spreadsheet shows it on: the header is row 1, so the first patient is row 2.
 *
 * @param clinicians one or more clinicians' usernames, separated by {@code ;}
 * @param language   a language code ({@code en}, {@code es}), or empty for the browser's
 * @param cellsMatch whether the line has as many cells as the header
 */
public record PatientLine(int row, String name, String email, String username, String clinicians, String language,
                          String phone, boolean cellsMatch) implements Serializable {

    /** The username as the account keeps it (lower case), or null. */
    public String accountUsername() {
        return username == null ? null : username.toLowerCase(Locale.ROOT);
    }

    /** The clinicians' usernames, lower case, in the order written. */
    public List<String> clinicianUsernames() {
        return clinicians == null ? List.of() : Arrays.stream(clinicians.split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** The language asked for; empty when none is written or the code is not one the portal speaks. */
    public Optional<Language> chosenLanguage() {
        return language == null ? Optional.empty() : Language.ofCode(language.toLowerCase(Locale.ROOT));
    }

    /**
     * What is wrong with the line that the line alone tells: missing cells, a language the portal does not speak, a
     * line whose cells do not match the header. The formats of the name, email, phone and username and whether the
     * username and clinicians exist are checked where the rules and the accounts are.
     */
    public Set<ImportProblem> ownProblems() {
        Set<ImportProblem> problems = EnumSet.noneOf(ImportProblem.class);
        if (!cellsMatch) {
            problems.add(ImportProblem.CELLS_MISMATCH);
        }
        if (name == null) {
            problems.add(ImportProblem.NAME_MISSING);
        }
        if (email == null) {
            problems.add(ImportProblem.EMAIL_MISSING);
        }
        if (username == null) {
            problems.add(ImportProblem.USERNAME_MISSING);
        }
        if (clinicianUsernames().isEmpty()) {
            problems.add(ImportProblem.CLINICIAN_MISSING);
        }
        if (language != null && chosenLanguage().isEmpty()) {
            problems.add(ImportProblem.LANGUAGE_UNKNOWN);
        }
        return problems;
    }
}
