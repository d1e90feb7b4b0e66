package clinic.portal.domain.exercise;

import clinic.portal.domain.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The picture a clinician uploaded for an exercise, as the portal re-encoded it (no metadata of the original kept),
 * apart from the exercise so that reading an exercise never reads the image. One per exercise: a new upload replaces
 * it.
 */
@Entity
@Table(name = "exercise_picture")
@NamedQuery(name = ExercisePicture.FIND_FOR_EXERCISES,
        query = "SELECT p FROM ExercisePicture p WHERE p.exerciseId IN :exercises")
public class ExercisePicture implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_FOR_EXERCISES = "ExercisePicture.findForExercises";

    @Id
    @Column(name = "exercise_id")
    private Long exerciseId;

    /** {@code image/png} or {@code image/jpeg}. */
    @Column(name = "media_type", nullable = false, length = 20)
    private String mediaType;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by_id", nullable = false)
    private Account uploadedBy;

    protected ExercisePicture() {
        // for JPA
    }

    public ExercisePicture(long exerciseId) {
        this.exerciseId = exerciseId;
    }

    /** Replaces the image with a new one. */
    public void replace(String mediaType, int width, int height, byte[] content, Account by, OffsetDateTime at) {
        this.mediaType = Objects.requireNonNull(mediaType);
        this.width = width;
        this.height = height;
        this.content = content.clone();
        this.uploadedBy = Objects.requireNonNull(by);
        this.uploadedAt = Objects.requireNonNull(at);
    }

    public Long getExerciseId() {
        return exerciseId;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
