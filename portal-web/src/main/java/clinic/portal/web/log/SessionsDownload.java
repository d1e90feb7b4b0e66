package clinic.portal.web.log;

import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.log.SessionLogService;
import clinic.portal.web.CsvFile;
import clinic.portal.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The "Download sessions (CSV)" buttons, as GET addresses that answer the file: the patient's on their history
 * ({@code /patient/sessions-download.xhtml}), a clinician's on the patient page
 * ({@code /clinician/patients/sessions-download.xhtml?patient=ID}). One line
 * a session, oldest first, every session ever recorded and not deleted; the exercise named in the reader's language,
 * with its id; times in the patient's day as the portal counts it (the clinic's zone, with the offset). Each download
 * is audited by the service ({@link SessionLogService#export}).
 */
@Named
@RequestScoped
public class SessionsDownload {

    static final String[] HEADER = {"performed_at", "day", "exercise_id", "exercise", "activity", "minutes", "sets",
            "steps", "pain_before", "pain_after", "effort", "warning_signs", "note"};

    @Inject
    private SessionLogService sessions;

    @Inject
    private ClinicCalendar calendar;

    private Long patient;

    public void mine() {
        send("sessions-" + calendar.today() + ".csv", sessions::exportMine);
    }

    public void ofPatient() {
        long id = patient;
        send("sessions-patient-" + id + "-" + calendar.today() + ".csv", sink -> sessions.export(id, sink));
    }

    public Long getPatient() {
        return patient;
    }

    public void setPatient(Long patient) {
        this.patient = patient;
    }

    /**
     * Reads the sessions first (the service checks who may, and a refusal is then a 404, not a half-sent file), then
     * sends them; a patient's whole record is a few thousand rows at most.
     */
    private void send(String name, Export export) {
        List<SessionLog> rows = new ArrayList<>();
        export.to(rows::add);
        Locale locale = Texts.locale();
        ZoneId zone = calendar.zone();
        Faces.sendFile(name, true, out -> write(out, rows, locale, zone));
    }

    static void write(OutputStream out, List<SessionLog> rows, Locale locale, ZoneId zone) throws IOException {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").withZone(zone);
        try (CsvFile csv = new CsvFile(out, HEADER)) {
            rows.forEach(session -> csv.row(time.format(session.getPerformedAt()), session.getLocalDay().toString(),
                    session.getExercise() == null ? null : session.getExercise().getId(),
                    session.getExercise() == null ? null : session.getExercise().localizedName().in(locale),
                    session.getActivity(), session.getMinutes(), session.getSets(), session.getSteps(),
                    session.getPainBefore(), session.getPainAfter(), session.getEffort(),
                    session.getRedFlags().stream().map(RedFlag::name).sorted().collect(Collectors.joining(" ")),
                    session.getNote()));
        }
    }

    /** Where the sessions come from: the service call that hands them over and audits the download. */
    @FunctionalInterface
    interface Export {
        long to(java.util.function.Consumer<SessionLog> sink);
    }
}
