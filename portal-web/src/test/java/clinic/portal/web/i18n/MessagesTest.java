package clinic.portal.web.i18n;

import clinic.portal.domain.account.Role;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.exercise.ExerciseKind;
import clinic.portal.domain.language.Language;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.mail.OutboxStatus;
import clinic.portal.domain.log.ReviewOutcome;
import clinic.portal.domain.log.Urgency;
import clinic.portal.domain.review.ReviewFlag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pages name enum values through keys built in EL ({@code i18n['audit.'.concat(event.action)]}); a value added to an
 * enum without its text would show "???audit.NEW???" to a person. Every such prefix must cover every value.
 */
class MessagesTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("clinic.portal.web.i18n.messages");

    @Test
    void everyEnumValueAPageNamesHasItsText() {
        Map<String, Class<? extends Enum<?>>> prefixes = Map.ofEntries(
                Map.entry("audit.", AuditAction.class),
                Map.entry("access.action.", AuditAction.class),
                Map.entry("access.role.", Role.class),
                Map.entry("role.", Role.class),
                Map.entry("kind.", ExerciseKind.class),
                Map.entry("redflag.", RedFlag.class),
                Map.entry("review.", ReviewFlag.class),
                Map.entry("review.hint.", ReviewFlag.class),
                Map.entry("warning.outcome.", ReviewOutcome.class),
                Map.entry("warning.mine.outcome.", ReviewOutcome.class),
                Map.entry("warning.urgency.", Urgency.class),
                Map.entry("outbox.status.", OutboxStatus.class),
                Map.entry("language.self.", Language.class),
                Map.entry("language.name.", Language.class));
        List<String> missing = new ArrayList<>();
        prefixes.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!MESSAGES.containsKey(prefix + value.name())) {
                    missing.add(prefix + value.name());
                }
            }
        });
        assertEquals(List.of(), missing.stream().sorted().toList());
    }
}
