package clinic.portal.web.support;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.outcome.Answer;
import clinic.portal.domain.outcome.Questionnaire;
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
 * all with the password {@link #PASSWORD} ({@code ?walking=Phase name}: with a programme from today of walking 10
 * minutes twice a day, in a phase of that name), and answers their usernames as {@code name=value} lines
 * (the browser tests run without a JSON provider);</li>
 * <li>{@code POST /test-support/caseload} opens a clinician with 30 patients of every urgency (see
 * {@link #caseload}), likewise;</li>
 * <li>{@code POST /test-support/cast} opens the people and records of the authorisation matrix (patient A with a
 * walking programme from today, patient B with none), likewise;</li>
 * <li>{@code POST /test-support/mail/deliver?senders=2} runs the mail sender now, as two senders at once;</li>
 * <li>{@code POST /test-support/warnings/escalate?runs=2} looks for overdue warning signs now, twice at once;</li>
 * <li>{@code POST /test-support/reminders/send?runs=2} sends the walk reminders due now, twice at once;</li>
 * <li>{@code GET /test-support/view-scopes} tells what the caller's session keeps of its views' beans.</li>
 * </ul>
 */
@WebServlet("/test-support/*")
public class TestControl extends HttpServlet {

    public static final String PASSWORD = "blue-otter-sings-at-dawn";

    @Inject
    private MovableClock clock;

    @Inject
    private TestData data;

    @Inject
    private clinic.portal.ejb.mail.MailSender sender;

    @Inject
    private clinic.portal.ejb.warning.WarningEscalation escalation;

    @Inject
    private clinic.portal.ejb.reminder.WalkReminders reminders;

    @jakarta.annotation.Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /**
     * {@code GET /test-support/view-scopes}: for the caller's session, how many views Mojarra keeps a note of
     * {@code @ViewScoped} beans for, and how many views are live ({@code views=…}, {@code live=…} lines).
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (!"/view-scopes".equals(request.getPathInfo()) || session == null) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().write("views=" + size(session.getAttribute("com.sun.faces.application.view.activeViewContexts"))
                + "\nlive=" + size(session.getAttribute("com.sun.faces.application.view.activeViewMaps")) + "\n");
    }

    private static int size(Object map) {
        return map instanceof java.util.Map<?, ?> m ? m.size() : 0;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
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
                if (request.getParameter("walking") != null) {
                    data.walkingSince(patient.getId(), first.getId(), 0, request.getParameter("walking"));
                }
                if (request.getParameter("record") != null) {
                    wholeRecord(patient, first);
                }
                response.setContentType("text/plain");
                response.getWriter().write("patient=" + patient.getUsername() + "\npatientName=" + patient.getDisplayName()
                        + "\npatientId=" + patient.getId() + "\nclinician=" + first.getUsername()
                        + "\notherClinician=" + second.getUsername() + "\n");
            }
            case "/cast" -> cast(response);
            case "/caseload" -> caseload(response);
            case "/mail/deliver" -> deliver(request, response);
            case "/mail/bulk" -> {
                Account recipient = data.open(Role.PATIENT, Unique.username("bulk"), PASSWORD);
                data.bulkMail(recipient.getId(), Integer.parseInt(request.getParameter("count")));
                response.setContentType("text/plain");
                response.getWriter().write(recipient.getEmail());
            }
            case "/warnings/escalate" -> escalate(request, response);
            case "/reminders/send" -> atOnce(request.getParameter("runs"), reminders::sendDue, "sent", response);
            default -> response.sendError(404);
        }
    }

    /**
     * A record with something of every kind: a programme of walking from 10 days ago, walks with steps and pain,
     * each questionnaire answered (PSFS and pain twice), and a warning sign.
     */
    private void wholeRecord(Account patient, Account clinician) {
        data.walkingSince(patient.getId(), clinician.getId(), 10, "First days");
        data.walkDaysAgo(patient.getId(), 3, 20, 2400, 5, 3);
        data.walkDaysAgo(patient.getId(), 1, 15, null, 4, null);
        data.walkDaysAgo(patient.getId(), 1, 10, null, null, null);
        for (Questionnaire questionnaire : Questionnaire.values()) {
            data.asked(patient.getId(), clinician.getId(), questionnaire, 10, 2);
        }
        data.answered(patient.getId(), Questionnaire.STARTBACK, 10, java.util.stream.Stream.of("leg", "shoulder",
                        "walked", "dressed", "safe", "worry", "terrible", "enjoy", "bothersome")
                .map(item -> Answer.number(item, item.equals("bothersome") ? 3 : item.equals("worry") ? 1 : 0)).toList());
        for (int daysAgo : new int[]{10, 0}) {
            data.answered(patient.getId(), Questionnaire.PSFS, daysAgo, java.util.List.of(
                    Answer.words("activity1", "Lifting my son"), Answer.number("ability1", daysAgo == 0 ? 6 : 3),
                    Answer.words("activity2", "Driving"), Answer.number("ability2", 5)));
            data.answered(patient.getId(), Questionnaire.PAIN, daysAgo, java.util.List.of(
                    Answer.number("average", daysAgo == 0 ? 3 : 6), Answer.number("worst", 8)));
        }
        data.warningSign(patient.getId(), java.util.Set.of(RedFlag.NIGHT_PAIN, RedFlag.FEVER_OR_UNWELL));
    }

    /**
     * A clinician with 30 patients, more than a page of their list: one with an open warning sign, one whose pain
     * after yesterday's walk was 8 (both on a walking programme from 10 days ago), 23 on that programme who never
     * walked (inactive, low adherence; the last of them is the "mover"), and 5 without a programme (nothing to review).
     */
    private void caseload(HttpServletResponse response) throws IOException {
        Account clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        java.util.List<Account> patients = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Account patient = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
            if (i < 25) {
                data.walkingSince(patient.getId(), clinician.getId(), 10, "First days");
            }
            patients.add(patient);
        }
        data.warningSign(patients.get(0).getId(), java.util.Set.of(RedFlag.NIGHT_PAIN));
        data.walkDaysAgo(patients.get(1).getId(), 1, 10, 3, 8);
        response.setContentType("text/plain");
        response.getWriter().write("clinician=" + clinician.getUsername()
                + "\nwarning=" + patients.get(0).getDisplayName()
                + "\npain=" + patients.get(1).getDisplayName()
                + "\nquiet=" + String.join(",", patients.subList(25, 30).stream().map(Account::getDisplayName).toList())
                + "\nmover=" + patients.get(24).getUsername() + "\nmoverName=" + patients.get(24).getDisplayName() + "\n");
    }

    /**
     * Everyone the authorisation matrix needs: patient A with their clinician, patient B with another clinician, a
     * patient to be disabled, and a patient with a temporary password (all with {@link #PASSWORD}); A's two
     * sessions (one to read and correct, one to delete), an exercise and a programme template; A is asked the STarT
     * Back questionnaire from today.
     */
    private void cast(HttpServletResponse response) throws IOException {
        Account clinicianA = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account clinicianB = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account patientA = data.openPatient(Unique.username("pat"), PASSWORD, clinicianA.getId());
        Account patientB = data.openPatient(Unique.username("pat"), PASSWORD, clinicianB.getId());
        Account disabled = data.openPatient(Unique.username("pat"), PASSWORD, clinicianA.getId());
        Account temporary = data.openWithTemporaryPassword(Role.PATIENT, Unique.username("pat"), PASSWORD,
                clinicianA.getId());
        data.walkingSince(patientA.getId(), clinicianA.getId(), 0, "First days");
        long read = data.walkDaysAgo(patientA.getId(), 0, 12);
        long deleted = data.walkDaysAgo(patientA.getId(), 0, 15);
        data.asked(patientA.getId(), clinicianA.getId(), Questionnaire.STARTBACK, 0, 4);
        response.setContentType("text/plain");
        response.getWriter().write("patientA=" + patientA.getUsername() + "\npatientAId=" + patientA.getId()
                + "\npatientB=" + patientB.getUsername() + "\npatientBId=" + patientB.getId()
                + "\nclinicianA=" + clinicianA.getUsername() + "\nclinicianB=" + clinicianB.getUsername()
                + "\ndisabled=" + disabled.getUsername() + "\ntemporary=" + temporary.getUsername()
                + "\nsessionA=" + read + "\nsessionToDelete=" + deleted
                + "\nexercise=1\ntemplate=" + data.anyTemplate()
                + "\npatientImport=" + data.patientImport(Unique.username("imp")) + "\n");
    }

    /**
     * Runs the mail sender now, as {@code ?senders=N} senders at once (as if on N nodes), and answers how many
     * messages they sent between them. The tests turn the sender's own schedule off, so mail goes out only here.
     */
    private void deliver(HttpServletRequest request, HttpServletResponse response) throws IOException {
        atOnce(request.getParameter("senders"), sender::deliverDue, "sent", response);
    }

    /** Runs the check for overdue warning signs now, as {@code ?runs=N} checks at once (as if on N nodes). */
    private void escalate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        atOnce(request.getParameter("runs"), escalation::escalateOverdue, "escalated", response);
    }

    /** Runs the task as many times at once as asked, and answers the sum of what they answered. */
    private void atOnce(String times, java.util.concurrent.Callable<Integer> task, String name,
                        HttpServletResponse response) throws IOException {
        int count = Integer.parseInt(times == null ? "1" : times);
        java.util.List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < count; i++) {
            runs.add(executor.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        int total = 0;
        try {
            for (java.util.concurrent.Future<Integer> run : runs) {
                total += run.get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().write(name + "=" + total + "\n");
    }
}
