package clinic.portal.ejb.account;

import clinic.portal.domain.language.Language;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.util.Optional;

import static clinic.portal.domain.account.Role.Names.ADMIN;
import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * The language the signed-in person chose for the portal, kept on their account: their pages in any browser, and
 * their emails. Their own account only.
 */
@Stateless
@RolesAllowed({PATIENT, CLINICIAN, ADMIN})
public class LanguageSettings {

    @Inject
    private AccountService accounts;

    /** The caller's chosen language; none when they never chose (their browser's is used then). */
    public Optional<Language> mine() {
        return accounts.getCurrentAccount().getLanguage();
    }

    public void speak(@NotNull Language language) {
        accounts.getCurrentAccount().speak(language);
    }
}
