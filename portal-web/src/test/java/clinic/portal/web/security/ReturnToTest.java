package clinic.portal.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page to return to comes back from the client: only a path (and query) within this site is taken. */
class ReturnToTest {

    @ParameterizedTest
    @ValueSource(strings = {"/patient/history.xhtml", "/portal/patient/history.xhtml?day=2&x=%2F",
            "/clinician/patients/detail.xhtml?id=3"})
    void aPathWithinTheSiteIsTaken(String page) {
        assertTrue(ReturnTo.isLocal(page), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)",
            "patient/history.xhtml", "/patient\r\nSet-Cookie: x=y", "/a b", ""})
    void anythingABrowserCouldTakeForAnotherHostOrThatIsNotAPathIsNot(String page) {
        assertFalse(ReturnTo.isLocal(page), page);
    }
}
