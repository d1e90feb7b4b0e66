package clinic.portal.web.warning;

import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.Urgency;
import clinic.portal.web.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a patient who reported warning signs is told, by the strongest urgency among them, with the clinic's own
 * numbers ({@code PORTAL_EMERGENCY_NUMBER}, {@code PORTAL_CLINIC_PHONE}) rather than numbers written into the text.
 */
@Named
@ApplicationScoped
public class WarningAdvice {

    @Inject
    @ConfigProperty(name = "portal.emergency.number", defaultValue = "999")
    private String emergencyNumber;

    @Inject
    @ConfigProperty(name = "portal.clinic.phone")
    private Optional<String> clinicPhone;

    public String heading(Urgency urgency) {
        return Texts.get("warning.advice.heading." + urgency.name());
    }

    public String advice(Urgency urgency) {
        String clinic = clinicPhone.filter(p -> !p.isBlank()).orElse(null);
        return clinic == null
                ? Texts.get("warning.advice." + urgency.name(), emergencyNumber)
                : Texts.get("warning.advice." + urgency.name() + ".phone", emergencyNumber, clinic);
    }

    public String getEmergencyNumber() {
        return emergencyNumber;
    }

    public String getClinicPhone() {
        return clinicPhone.filter(p -> !p.isBlank()).orElse(null);
    }

    /** The signs in words, in the order of the checklist. */
    public String signs(Set<RedFlag> signs) {
        return signs.stream().sorted().map(s -> Texts.get("redflag." + s.name())).collect(Collectors.joining("; "));
    }

    public RedFlag[] getChecklist() {
        return RedFlag.values();
    }
}
