package clinic.portal.domain.account;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static clinic.portal.domain.account.PasswordPolicy.Problem.REQUIRED;
import static clinic.portal.domain.account.PasswordPolicy.Problem.SAME_AS_USERNAME;
import static clinic.portal.domain.account.PasswordPolicy.Problem.TOO_LONG;
import static clinic.portal.domain.account.PasswordPolicy.Problem.TOO_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void twelveCharactersAreEnough() {
        assertEquals(Optional.empty(), PasswordPolicy.check("alice", "walk-twice-a"));
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
