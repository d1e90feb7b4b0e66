package clinic.portal.domain.exercise;

import jakarta.persistence.AttributeOverride;
import clinic.portal.domain.language.Language;
import clinic.portal.domain.language.Localized;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One activity of the clinic's library: what it is, how to do it, how much by default, and whether it is one
 * to avoid while in pain (a caution, with its reason, that a clinician confirms when prescribing it).
 * <p>
 * An exercise that any programme or template uses is archived, never deleted, so that past prescriptions stay
 * readable; an archived exercise can no longer be newly prescribed. The library is read on every recorded session
 * and changes rarely, so it is kept in the shared cache, which every node keeps coherent (persistence.xml: EclipseLink
 * cache coordination over the Payara cluster).
 * <p>
 * Its own texts are in the clinic's base language ({@link Language#BASE}); a translation into another language is
 * part of the same exercise ({@link ExerciseWording}), so a patient reading Spanish and one reading English are
 * prescribed the very same exercise, and a text not yet translated shows in the base language.
 */
@Entity
@Cacheable
@Table(name = "exercise")
@NamedQuery(name = Exercise.FIND_BY_NAME, query = "SELECT e FROM Exercise e WHERE LOWER(e.name) = LOWER(:name)")
@NamedQuery(name = Exercise.FIND_ACTIVE,
        query = "SELECT e FROM Exercise e WHERE e.archived = FALSE ORDER BY e.kind, e.name",
        hints = {@QueryHint(name = Exercise.BATCH, value = "e.translations"),
                 @QueryHint(name = Exercise.BATCH_TYPE, value = "IN")})
public class Exercise implements Serializable {

    /** The longest text alternative of an uploaded picture. */
    public static final int PICTURE_ALT_MAX = 200;

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_NAME = "Exercise.findByName";
    public static final String FIND_ACTIVE = "Exercise.findActive";
    /**
     * EclipseLink's query hints that read the translations of every exercise a query returns in one more statement
     * (instead of one per exercise); named here as text so that the domain does not depend on EclipseLink.
     */
    public static final String BATCH = "eclipselink.batch";
    public static final String BATCH_TYPE = "eclipselink.batch.type";

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

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_translation", joinColumns = @JoinColumn(name = "exercise_id"))
    @MapKeyColumn(name = "language", length = 20)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Language, ExerciseWording> translations = new HashMap<>();

    /**
     * The drawing made for a seeded exercise ({@code resources/portal/exercises/<name>.svg}), set by the migration
     * that ships it; null for a clinic's own exercises.
     */
    @Column(name = "illustration", length = 40, insertable = false, updatable = false)
    private String illustration;

    /** The uploaded picture's version (its address changes with it); null when there is none. */
    @Column(name = "picture_version")
    private Integer pictureVersion;

    /** What the uploaded picture shows, for those who cannot see it. */
    @Column(name = "picture_alt", length = PICTURE_ALT_MAX)
    private String pictureAlt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public Exercise() {
    }

    /** A new picture was uploaded: it shows what the words say. */
    public void pictured(String alt) {
        String words = alt == null ? "" : alt.strip();
        if (words.isEmpty() || words.length() > PICTURE_ALT_MAX) {
            throw new IllegalArgumentException("A picture says what it shows in 1 to " + PICTURE_ALT_MAX + " characters");
        }
        pictureVersion = pictureVersion == null ? 1 : pictureVersion + 1;
        pictureAlt = words;
    }

    /** The uploaded picture was removed (the illustration, if there is one, shows again). */
    public void unpictured() {
        pictureVersion = null;
        pictureAlt = null;
    }

    public String getIllustration() {
        return illustration;
    }

    public Integer getPictureVersion() {
        return pictureVersion;
    }

    public String getPictureAlt() {
        return pictureAlt;
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

    /** The name in every language it is written in. */
    public Localized localizedName() {
        return localized(name, ExerciseWording::getName);
    }

    public Localized localizedInstructions() {
        return localized(instructions, ExerciseWording::getInstructions);
    }

    public Localized localizedCautionReason() {
        return localized(cautionReason, ExerciseWording::getCautionReason);
    }

    private Localized localized(String base, Function<ExerciseWording, String> text) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        translations.forEach((language, wording) -> texts.put(language, text.apply(wording)));
        return Localized.of(base, texts);
    }

    /**
     * The words in a language other than the base one, to read or fill in; an empty one when none are written
     * yet, kept only if something is written in it when the exercise is saved ({@link #dropEmptyTranslations()}).
     */
    public ExerciseWording wordingIn(Language language) {
        if (language == Language.BASE) {
            throw new IllegalArgumentException("The base language's words are the exercise's own");
        }
        return translations.computeIfAbsent(language, l -> new ExerciseWording());
    }

    public void dropEmptyTranslations() {
        translations.values().removeIf(ExerciseWording::isEmpty);
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
