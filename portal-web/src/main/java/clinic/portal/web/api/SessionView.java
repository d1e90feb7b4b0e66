package clinic.portal.web.api;

import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.log.Urgency;
import clinic.portal.web.warning.WarningAdvice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A session as the API returns it. {@code urgency} and {@code advice} are set when warning signs were reported: how
 * urgent, and the words the patient must see at once.
 */
public record SessionView(long id, Long exerciseId, String exercise, String activity, OffsetDateTime performedAt,
                          LocalDate day, Integer minutes, Integer sets, Integer steps, Integer painBefore, Integer painAfter,
                          Integer effort, String note, Set<RedFlag> redFlags, long version, Urgency urgency,
                          String advice) {

    static SessionView of(SessionLog s, WarningAdvice words) {
        Urgency urgency = Urgency.of(s.getRedFlags()).orElse(null);
        return new SessionView(s.getId(), s.getExercise() == null ? null : s.getExercise().getId(),
                s.getExercise() == null ? null : s.getExercise().getName(), s.getActivity(), s.getPerformedAt(),
                s.getLocalDay(), s.getMinutes(), s.getSets(), s.getSteps(), s.getPainBefore(), s.getPainAfter(), s.getEffort(),
                s.getNote(), s.getRedFlags(), s.getVersion(), urgency,
                urgency == null ? null : words.heading(urgency) + ". " + words.advice(urgency));
    }
}
