package clinic.portal.domain.exercise;

/** The kinds of activity the clinic's advice distinguishes. */
public enum ExerciseKind {
    WALKING,
    STRETCHING,
    STRENGTHENING,
    AEROBIC,
    AQUATIC,
    MIND_BODY
}
