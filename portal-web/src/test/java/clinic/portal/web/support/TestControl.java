package clinic.portal.web.support;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * Test-only, deployed only with the test support classes: lets a browser test, which runs outside the server,
 * put the portal into the state it needs, as the in-container tests do through {@link TestData} and
 * {@link MovableClock}.
 * <ul>
 * <li>{@code POST /test-support/clock?advance=PT4H1M} moves the portal's clock; {@code ?reset} puts it back;</li>
 * <li>{@code POST /test-support/care-team} opens a patient (with a phone number) and two clinicians treating them,
 * all with the password {@link #PASSWORD}, and answers their usernames as {@code name=value} lines
 * (the browser tests run without a JSON provider).</li>
 * </ul>
 */
@WebServlet("/test-support/*")
public class TestControl extends HttpServlet {

    public static final String PASSWORD = "blue-otter-sings-at-dawn";

    @Inject
    private MovableClock clock;

    @Inject
    private TestData data;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (what) {
            case "/clock" -> {
                if (request.getParameter("reset") != null) {
                    clock.reset();
                } else {
                    clock.advance(Duration.parse(request.getParameter("advance")));
                }
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/care-team" -> {
                Account first = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
                Account second = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
                Account patient = data.openPatient(Unique.username("pat"), PASSWORD, first.getId(), second.getId());
                data.setPhone(patient.getId(), "+44 20 7946 0000");
                response.setContentType("text/plain");
                response.getWriter().write("patient=" + patient.getUsername() + "\npatientName=" + patient.getDisplayName()
                        + "\npatientId=" + patient.getId() + "\nclinician=" + first.getUsername()
                        + "\notherClinician=" + second.getUsername() + "\n");
            }
            default -> response.sendError(404);
        }
    }
}
