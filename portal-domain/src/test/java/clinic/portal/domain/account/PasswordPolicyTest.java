package clinic.portal.domain.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static clinic.portal.domain.account.PasswordPolicy.Problem.GUESSABLE;
import static clinic.portal.domain.account.PasswordPolicy.Problem.REQUIRED;
import static clinic.portal.domain.account.PasswordPolicy.Problem.SAME_AS_USERNAME;
import static clinic.portal.domain.account.PasswordPolicy.Problem.TOO_LONG;
import static clinic.portal.domain.account.PasswordPolicy.Problem.TOO_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void twelveUnguessableCharactersAreEnough() {
        assertEquals(Optional.empty(), PasswordPolicy.check("alice", "kw9-ferry-Qz"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "aaaaaaaaaaaa", "123456789012", "qwertyuiopas", "correct horse battery staple",
            "long-enough-password", "Password2026!"})
    void commonAndPatternedPasswordsAreRefusedHoweverLong(String guessable) {
        assertEquals(Optional.of(GUESSABLE), PasswordPolicy.check("alice", guessable));
    }

    @Test
    void thePersonsOwnNameAndEmailMakeAPasswordGuessable() {
        String ownWords = "okafor-lena-vw";
        assertEquals(Optional.empty(), PasswordPolicy.check("l.o", "okafor-kwqzx-vw"));
        assertEquals(Optional.of(GUESSABLE), PasswordPolicy.check("l.o", ownWords + "1",
                List.of("Lena Okafor", "lena.okafor@example.org")));
    }

    @Test
    void aFewUnrelatedWordsPass() {
        assertEquals(Optional.empty(), PasswordPolicy.check("alice", "walnut-ferry-quiet-lamp"));
    }

    @Test
    void elevenAreNot() {
        assertEquals(Optional.of(TOO_SHORT), PasswordPolicy.check("alice", "walk-twice-"));
    }

    @Test
    void blankIsRequired() {
        assertEquals(Optional.of(REQUIRED), PasswordPolicy.check("alice", "   "));
        assertEquals(Optional.of(REQUIRED), PasswordPolicy.check("alice", null));
    }

    @Test
    void overlongIsRefused() {
        assertEquals(Optional.of(TOO_LONG), PasswordPolicy.check("alice", "x".repeat(129)));
    }

    @Test
    void theUsernameInAnyCaseIsRefused() {
        assertEquals(Optional.of(SAME_AS_USERNAME), PasswordPolicy.check("dr.margaret.h", "Dr.Margaret.H"));
    }
}
