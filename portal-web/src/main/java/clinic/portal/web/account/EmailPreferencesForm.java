package clinic.portal.web.account;

import clinic.portal.domain.account.EmailPreferences;
import clinic.portal.ejb.account.EmailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * Backs {@code /account/email.xhtml}: what the signed-in person wants by email ({@link EmailSettings}). Quiet hours
 * are both times or neither; a half-filled pair is refused beside the empty time, keeping everything chosen.
 */
@Named
@ViewScoped
public class EmailPreferencesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EmailSettings settings;

    private EmailPreferences preferences;

    @PostConstruct
    void load() {
        preferences = settings.mine();
    }

    public void save() {
        if (!preferences.isTimeZoneValid()) {
            Messages.addError("form:timeZone", "preferences.timeZone.invalid");
            return;
        }
        if (!preferences.isQuietHoursValid()) {
            Messages.addError(preferences.getQuietFrom() == null ? "form:quietFrom" : "form:quietUntil",
                    "preferences.quiet.invalid");
            return;
        }
        settings.saveMine(preferences);
        Messages.addGlobalInfo("preferences.saved");
        load();
    }

    /** The time zones to choose from: the IANA regions' cities, by name (the clinic's is the empty choice). */
    public List<String> getTimeZones() {
        return ZONES;
    }

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+"))
            .sorted()
            .toList();

    public EmailPreferences getPreferences() {
        return preferences;
    }
}
