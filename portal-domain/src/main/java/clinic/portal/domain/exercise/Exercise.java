package clinic.portal.domain.exercise;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * One activity of the clinic's library: what it is, how to do it, how much by default, and whether it is one
 * to avoid while in pain (a caution, with its reason, that a clinician confirms when prescribing it).
 * <p>
 * An exercise that any programme or template uses is archived, never deleted, so that past prescriptions stay
 * readable; an archived exercise can no longer be newly prescribed. The library is read on every recorded session
 * and changes rarely, so it is kept in the shared cache.
 */
@Entity
@Cacheable
@Table(name = "exercise")
@NamedQuery(name = Exercise.FIND_BY_NAME, query = "SELECT e FROM Exercise e WHERE LOWER(e.name) = LOWER(:name)")
@NamedQuery(name = Exercise.FIND_ACTIVE,
        query = "SELECT e FROM Exercise e WHERE e.archived = FALSE ORDER BY e.kind, e.name")
public class Exercise implements Serializable {

    private static final long serialVersionUID = 1L;


    public static final String FIND_BY_NAME = "Exercise.findByName";
    public static final String FIND_ACTIVE = "Exercise.findActive";

    public static final int NAME_MAX = 100;
    public static final int INSTRUCTIONS_MAX = 4000;
    public static final int MEDIA_URL_MAX = 500;
    public static final int CAUTION_REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "exercise_seq", sequenceName = "exercise_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exercise_seq")
    private Long id;

    @NotBlank(message = "{exercise.name.required}")
    @Size(max = NAME_MAX, message = "{exercise.name.size}")
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @NotNull(message = "{exercise.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ExerciseKind kind;

    @NotBlank(message = "{exercise.instructions.required}")
    @Size(max = INSTRUCTIONS_MAX, message = "{exercise.instructions.size}")
    @Column(name = "instructions", nullable = false, length = INSTRUCTIONS_MAX)
    private String instructions;

    @Size(max = MEDIA_URL_MAX, message = "{exercise.mediaUrl.size}")
    @Pattern(regexp = "https?://\\S+", message = "{exercise.mediaUrl.invalid}")
    @Column(name = "media_url", length = MEDIA_URL_MAX)
    private String mediaUrl;

    @Valid
    @NotNull
    @Embedded
    @AttributeOverride(name = "frequency", column = @Column(name = "default_frequency"))
    @AttributeOverride(name = "count", column = @Column(name = "default_count"))
    @AttributeOverride(name = "minutes", column = @Column(name = "default_minutes"))
    @AttributeOverride(name = "sets", column = @Column(name = "default_sets"))
    @AttributeOverride(name = "repetitions", column = @Column(name = "default_repetitions"))
    @AttributeOverride(name = "holdSeconds", column = @Column(name = "default_hold_seconds"))
    private Dose defaultDose = Dose.minutes(10, 1, Frequency.PER_DAY);

    @Column(name = "caution", nullable = false)
    private boolean caution;

    @Size(max = CAUTION_REASON_MAX, message = "{exercise.cautionReason.size}")
    @Column(name = "caution_reason", length = CAUTION_REASON_MAX)
    private String cautionReason;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public Exercise() {
    }

    public Exercise(String name, ExerciseKind kind, String instructions, Dose defaultDose) {
        setName(name);
        this.kind = kind;
        this.instructions = instructions;
        this.defaultDose = defaultDose;
    }

    /** Marks the exercise as one to avoid while in pain; prescribing it then needs the clinician's confirmation. */
    public void caution(String reason) {
        this.caution = true;
        this.cautionReason = reason;
    }

    @AssertTrue(message = "{exercise.cautionReason.required}")
    public boolean isCautionExplained() {
        return !caution || cautionReason != null && !cautionReason.isBlank();
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public ExerciseKind getKind() {
        return kind;
    }

    public void setKind(ExerciseKind kind) {
        this.kind = kind;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getMediaUrl() {
        return mediaUrl;
    }

    public void setMediaUrl(String mediaUrl) {
        this.mediaUrl = mediaUrl == null || mediaUrl.isBlank() ? null : mediaUrl.strip();
    }

    public Dose getDefaultDose() {
        return defaultDose;
    }

    public void setDefaultDose(Dose defaultDose) {
        this.defaultDose = defaultDose;
    }

    public boolean isCaution() {
        return caution;
    }

    public void setCaution(boolean caution) {
        this.caution = caution;
    }

    public String getCautionReason() {
        return cautionReason;
    }

    public void setCautionReason(String cautionReason) {
        this.cautionReason = cautionReason == null || cautionReason.isBlank() ? null : cautionReason.strip();
    }

    public boolean isArchived() {
        return archived;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Exercise e && id != null && id.equals(e.id);
    }

    @Override
    public int hashCode() {
        return Exercise.class.hashCode();
    }

    @Override
    public String toString() {
        return "Exercise[" + id + ", " + name + "]";
    }
}
