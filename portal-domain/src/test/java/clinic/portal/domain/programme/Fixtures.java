package clinic.portal.domain.programme;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.exercise.ExerciseKind;
import clinic.portal.domain.exercise.Frequency;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Exercises and people for the programme tests, with ids as the database would give them. */
public final class Fixtures {

    public static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    public static final Exercise WALK = exercise(1L, "Walking", ExerciseKind.WALKING);
    public static final Exercise STRETCH = exercise(2L, "Knee-to-chest stretch", ExerciseKind.STRETCHING);
    public static final Exercise SWIM = exercise(12L, "Swimming", ExerciseKind.AQUATIC);
    public static final Exercise GOLF = exercise(15L, "Golf", ExerciseKind.AEROBIC);
    public static final Map<Long, Exercise> LIBRARY = Map.of(1L, WALK, 2L, STRETCH, 12L, SWIM, 15L, GOLF);
    public static final Account PATIENT = account(10L, "sam", Role.PATIENT);
    public static final Account CLINICIAN = account(20L, "maya", Role.CLINICIAN);

    static {
        GOLF.caution("Linked to more back injuries");
    }

    private Fixtures() {
    }

    public static Dose walk(int minutes, int times) {
        return Dose.minutes(minutes, times, Frequency.PER_DAY);
    }

    public static Plan plan(PlanDraft draft) {
        return Plan.from(draft, LIBRARY);
    }

    private static Exercise exercise(long id, String name, ExerciseKind kind) {
        Exercise exercise = new Exercise(name, kind, "Instructions for " + name, Dose.minutes(10, 1, Frequency.PER_DAY));
        setId(exercise, id);
        return exercise;
    }

    private static Account account(long id, String username, Role role) {
        Account account = new Account(username, username, username + "@example.org", role);
        setId(account, id);
        return account;
    }

    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
