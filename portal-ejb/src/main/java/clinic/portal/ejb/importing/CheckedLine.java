package clinic.portal.ejb.importing;

import clinic.portal.domain.importing.ImportProblem;
import clinic.portal.domain.importing.PatientLine;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** A line of a patient file and everything that keeps it from becoming an account (nothing: it can be imported). */
public record CheckedLine(PatientLine line, Set<ImportProblem> problems) implements Serializable {

    public CheckedLine {
        problems = Set.copyOf(problems);
    }

    /** The problems in the order of {@link ImportProblem}, for a page to list. */
    public List<ImportProblem> problemList() {
        return problems.stream().sorted().toList();
    }

    public boolean importable() {
        return problems.isEmpty();
    }
}
