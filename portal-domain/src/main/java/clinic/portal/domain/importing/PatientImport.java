package clinic.portal.domain.importing;

import clinic.portal.domain.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One file of patients an administrator imported: who, when, how many lines, and when the last line was done. What
 * became of each line is on the line ({@link ImportLine}); the counts are read from the lines, never kept twice.
 */
@Entity
@Table(name = "patient_import")
public class PatientImport implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int FILE_NAME_MAX = 255;

    @Id
    @SequenceGenerator(name = "patient_import_seq", sequenceName = "patient_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_import_seq")
    private Long id;

    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "line_count", nullable = false, updatable = false)
    private int lineCount;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "started_by_id", nullable = false, updatable = false)
    private Account startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    protected PatientImport() {
    }

    public PatientImport(String fileName, int lineCount, Account startedBy, OffsetDateTime startedAt) {
        String name = fileName == null || fileName.isBlank() ? "patients.csv" : fileName.strip();
        this.fileName = name.length() > FILE_NAME_MAX ? name.substring(0, FILE_NAME_MAX) : name;
        this.lineCount = lineCount;
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    /** Every line has been created or refused. Once only: a second runner finds it finished. */
    public boolean finish(OffsetDateTime now) {
        if (finishedAt != null) {
            return false;
        }
        finishedAt = Objects.requireNonNull(now);
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public int getLineCount() {
        return lineCount;
    }

    public Account getStartedBy() {
        return startedBy;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public boolean isFinished() {
        return finishedAt != null;
    }
}
