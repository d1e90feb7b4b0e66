package clinic.portal.domain.importing;

import clinic.portal.domain.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * One line of an imported file, as written, and what became of it: it waits to be imported, or an account was created
 * from it, or it was refused with its problems (when the file was checked, or when its turn came and, say, its
 * username had been taken since).
 */
@Entity
@Table(name = "patient_import_line")
@NamedQuery(name = ImportLine.WAITING_OF, query = "SELECT l.id FROM ImportLine l WHERE l.patientImport.id = :import"
        + " AND l.outcome = clinic.portal.domain.importing.ImportLine.Outcome.WAITING ORDER BY l.row")
@NamedQuery(name = ImportLine.COUNTS_OF, query = "SELECT l.patientImport.id, l.outcome, COUNT(l) FROM ImportLine l"
        + " WHERE l.patientImport.id IN :imports GROUP BY l.patientImport.id, l.outcome")
@NamedQuery(name = ImportLine.ALL_OF, query = "SELECT l FROM ImportLine l WHERE l.patientImport.id = :import"
        + " ORDER BY l.row")
public class ImportLine implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String WAITING_OF = "ImportLine.waitingOf";
    public static final String COUNTS_OF = "ImportLine.countsOf";
    public static final String ALL_OF = "ImportLine.allOf";

    /** What is kept of a cell: enough to recognise it in the report, however long it was. */
    static final int CELL_MAX = 255;

    public enum Outcome { WAITING, CREATED, REFUSED }

    @Id
    @SequenceGenerator(name = "patient_import_line_seq", sequenceName = "patient_import_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_import_line_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "import_id", nullable = false, updatable = false)
    private PatientImport patientImport;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int row;

    @Column(name = "username", updatable = false)
    private String username;

    @Column(name = "display_name", updatable = false)
    private String displayName;

    @Column(name = "email", updatable = false)
    private String email;

    @Column(name = "phone", updatable = false)
    private String phone;

    @Column(name = "clinicians", updatable = false)
    private String clinicians;

    @Column(name = "language", updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "problems", length = 500)
    private String problems;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    protected ImportLine() {
    }

    /** A line of the file, waiting to be imported, or refused at once when it has problems. */
    public ImportLine(PatientImport patientImport, PatientLine line, Set<ImportProblem> problems) {
        this.patientImport = Objects.requireNonNull(patientImport);
        this.row = line.row();
        this.username = kept(line.username());
        this.displayName = kept(line.name());
        this.email = kept(line.email());
        this.phone = kept(line.phone());
        this.clinicians = kept(line.clinicians());
        this.language = kept(line.language());
        this.outcome = problems.isEmpty() ? Outcome.WAITING : Outcome.REFUSED;
        this.problems = ImportProblem.join(problems);
    }

    /** The line as the file said it (cells longer than are kept cut short: such a line is refused anyway). */
    public PatientLine asWritten() {
        return new PatientLine(row, displayName, email, username, clinicians, language, phone, true);
    }

    public void created(Account account) {
        requireWaiting();
        this.account = Objects.requireNonNull(account);
        this.outcome = Outcome.CREATED;
    }

    public void refused(Set<ImportProblem> problems) {
        requireWaiting();
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A line is refused for a reason");
        }
        this.problems = ImportProblem.join(problems);
        this.outcome = Outcome.REFUSED;
    }

    private void requireWaiting() {
        if (outcome != Outcome.WAITING) {
            throw new IllegalStateException("Line " + row + " is " + outcome + " already");
        }
    }

    private static String kept(String cell) {
        return cell == null || cell.length() <= CELL_MAX ? cell : cell.substring(0, CELL_MAX);
    }

    public boolean isWaiting() {
        return outcome == Outcome.WAITING;
    }

    public Long getId() {
        return id;
    }

    public PatientImport getPatientImport() {
        return patientImport;
    }

    public int getRow() {
        return row;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getClinicians() {
        return clinicians;
    }

    public String getLanguage() {
        return language;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Set<ImportProblem> getProblems() {
        return ImportProblem.split(problems);
    }

    public Account getAccount() {
        return account;
    }
}
