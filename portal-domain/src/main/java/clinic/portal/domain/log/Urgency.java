package clinic.portal.domain.log;

import java.util.Collection;
import java.util.Optional;

/** How soon a patient who reported warning signs must get help, strongest first. */
public enum Urgency {
    /** Possible cauda equina syndrome: go to an emergency department now, or call the emergency number. */
    EMERGENCY,
    /** Contact the clinic today. */
    CLINIC_TODAY;

    /** The strongest urgency among the signs, which decides the advice; empty when there are none. */
    public static Optional<Urgency> of(Collection<RedFlag> flags) {
        return flags.stream().map(RedFlag::urgency).min(Enum::compareTo);
    }
}
