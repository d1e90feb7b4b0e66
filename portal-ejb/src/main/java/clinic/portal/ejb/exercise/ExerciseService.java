package clinic.portal.ejb.exercise;

import clinic.portal.domain.adherence.Adherence;
import clinic.portal.ejb.adherence.AdherenceService;
import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.exercise.ExerciseKind;
import clinic.portal.domain.exercise.ExercisePicture;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.patient.CareTeam;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static clinic.portal.domain.account.Role.Names.ADMIN;
import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * The clinic's exercise library. Clinicians keep it; an exercise that any plan uses can only be archived, so
 * the programmes that prescribed it stay readable.
 */
@Stateless
@RolesAllowed(CLINICIAN)
public class ExerciseService {

    /** Rule key: an uploaded picture needs what it shows in words. */
    public static final String PICTURE_ALT = "picture.violation.ALT";

    @jakarta.inject.Inject
    private AdherenceService adherence;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ClinicCalendar calendar;

    /** Exercises whose name contains the text in any language, optionally of one kind, archived ones only when asked for. */
    public List<Exercise> search(String text, ExerciseKind kind, boolean includeArchived) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM Exercise e WHERE e.id IS NOT NULL");
        if (text != null && !text.isBlank()) {
            jpql.append(" AND (LOWER(e.name) LIKE :text OR e.id IN"
                    + " (SELECT x.id FROM Exercise x JOIN x.translations t WHERE LOWER(t.name) LIKE :text))");
        }
        if (kind != null) {
            jpql.append(" AND e.kind = :kind");
        }
        if (!includeArchived) {
            jpql.append(" AND e.archived = :archived");
        }
        TypedQuery<Exercise> query = em.createQuery(jpql.append(" ORDER BY e.kind, e.name").toString(), Exercise.class)
                .setHint(Exercise.BATCH, "e.translations").setHint(Exercise.BATCH_TYPE, "IN");
        if (text != null && !text.isBlank()) {
            query.setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (!includeArchived) {
            query.setParameter("archived", Boolean.FALSE);
        }
        return query.getResultList();
    }

    /** What can be newly prescribed, and what a patient can say they did. */
    @RolesAllowed({CLINICIAN, PATIENT})
    public List<Exercise> prescribable() {
        return em.createNamedQuery(Exercise.FIND_ACTIVE, Exercise.class).getResultList();
    }

    /** The record form's choice of what was done, in one call: what the caller's programme prescribes today first. */
    @RolesAllowed(PATIENT)
    public RecordChoices recordChoices() {
        Set<Long> today = adherence.myToday().stream().map(Adherence.Progress::exerciseId)
                .collect(java.util.stream.Collectors.toSet());
        List<Exercise> all = prescribable();
        return new RecordChoices(all.stream().filter(e -> today.contains(e.getId())).toList(),
                all.stream().filter(e -> !today.contains(e.getId())).toList());
    }

    public Optional<Exercise> findExercise(long id) {
        return Optional.ofNullable(em.find(Exercise.class, id));
    }

    public Exercise getExercise(long id) {
        return findExercise(id).orElseThrow(() -> new NotFoundException("exercise", id));
    }

    public Exercise create(@NotNull @Valid Exercise exercise) {
        requireUniqueName(exercise);
        exercise.dropEmptyTranslations();
        em.persist(exercise);
        return exercise;
    }

    /**
     * Saves an edited exercise.
     *
     * @throws RuleViolation when someone else saved it meanwhile ({@code exercise.stale}) or the name is taken
     */
    public Exercise update(@NotNull @Valid Exercise edited) {
        Exercise current = getExercise(edited.getId());
        if (current.getVersion() != edited.getVersion()) {
            throw new RuleViolation("exercise.stale", null);
        }
        requireUniqueName(edited);
        edited.dropEmptyTranslations();
        try {
            Exercise merged = em.merge(edited);
            em.flush();
            return merged;
        } catch (OptimisticLockException e) {
            throw new RuleViolation("exercise.stale", null);
        }
    }

    public void archive(long id) {
        getExercise(id).archive();
    }

    public void restore(long id) {
        getExercise(id).restore();
    }

    /**
     * Deletes an exercise that no plan has ever used.
     *
     * @throws RuleViolation ({@code exercise.inUse}) when a template or programme uses it: archive it instead
     */
    public void delete(long id) {
        Exercise exercise = getExercise(id);
        if (isUsed(id)) {
            throw new RuleViolation("exercise.inUse", null, exercise.localizedName());
        }
        em.remove(exercise);
    }

    public boolean isUsed(long id) {
        return em.createQuery("SELECT COUNT(p) FROM Prescription p WHERE p.exercise.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    private void requireUniqueName(Exercise exercise) {
        em.createNamedQuery(Exercise.FIND_BY_NAME, Exercise.class)
                .setParameter("name", exercise.getName())
                .getResultStream()
                .filter(other -> !other.getId().equals(exercise.getId()))
                .findFirst()
                .ifPresent(other -> {
                    throw new RuleViolation("exercise.duplicateName", "name", other.getName());
                });
    }

    /**
     * Gives the exercise a picture: the upload re-encoded ({@link PictureFiles}: PNG, JPEG or WebP by content, at
     * most 2 MB, no metadata kept), with what it shows in words. It replaces any picture the exercise had, and shows
     * instead of the exercise's illustration.
     *
     * @throws RuleViolation for an upload that cannot be a picture, or no words for it
     */
    public void setPicture(long exerciseId, byte[] upload, String alt) {
        String words = alt == null ? "" : alt.strip();
        if (words.isEmpty() || words.length() > Exercise.PICTURE_ALT_MAX) {
            throw new RuleViolation(PICTURE_ALT, "pictureAlt", Exercise.PICTURE_ALT_MAX);
        }
        Exercise exercise = getExercise(exerciseId);
        PictureFiles.Encoded picture = PictureFiles.reencode(upload);
        ExercisePicture stored = em.find(ExercisePicture.class, exerciseId);
        boolean first = stored == null;
        if (first) {
            stored = new ExercisePicture(exerciseId);
        }
        stored.replace(picture.mediaType(), picture.width(), picture.height(), picture.content(), careTeam.me(),
                calendar.now());
        if (first) {
            em.persist(stored);
        }
        exercise.pictured(words);
    }

    /** Takes the exercise's picture away (its illustration, if it has one, shows again). */
    public void removePicture(long exerciseId) {
        Exercise exercise = getExercise(exerciseId);
        ExercisePicture stored = em.find(ExercisePicture.class, exerciseId);
        if (stored != null) {
            em.remove(stored);
        }
        exercise.unpictured();
    }

    /** An exercise's uploaded picture, for anyone signed in (the library is not patient data). */
    @RolesAllowed({CLINICIAN, PATIENT, ADMIN})
    public Optional<ExercisePicture> picture(long exerciseId) {
        return Optional.ofNullable(em.find(ExercisePicture.class, exerciseId));
    }

    /** The uploaded pictures of the exercises given, by exercise, in one query (for a handout). */
    @RolesAllowed({CLINICIAN, PATIENT})
    public Map<Long, ExercisePicture> pictures(@NotNull Collection<Long> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(ExercisePicture.FIND_FOR_EXERCISES, ExercisePicture.class)
                .setParameter("exercises", List.copyOf(exerciseIds))
                .getResultStream()
                .collect(Collectors.toMap(ExercisePicture::getExerciseId, p -> p));
    }
}
