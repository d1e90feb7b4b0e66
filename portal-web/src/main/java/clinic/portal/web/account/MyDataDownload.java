package clinic.portal.web.account;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.EmailPreferences;
import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.RedFlagAlert;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.message.CareMessage;
import clinic.portal.domain.programme.PlanPhase;
import clinic.portal.domain.programme.Prescription;
import clinic.portal.domain.programme.Programme;
import clinic.portal.domain.programme.ProgrammeRevision;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.patient.DataExport;
import clinic.portal.ejb.outcome.OutcomeTrack;
import clinic.portal.ejb.patient.MyData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.omnifaces.util.Faces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * "Download all my data" ({@code /patient/my-data.xhtml}, linked from "Who has seen your record"): everything the
 * portal keeps about the signed-in patient ({@link DataExport}) as one JSON document, in stable English keys so that
 * another system can read it; times with their offset, days as ISO dates; exercises by id and base-language name.
 * Written whole before it is sent.
 */
@Named
@RequestScoped
public class MyDataDownload {

    @Inject
    private DataExport export;

    @Inject
    private ClinicCalendar calendar;

    public void mine() throws IOException {
        MyData data = export.mine();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        write(json, data, calendar.now().toString());
        Faces.sendFile(json.toByteArray(), "my-data-" + calendar.today() + ".json", true);
    }

    static void write(OutputStream out, MyData data, String exportedAt) {
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
            json.writeStartObject().write("exportedAt", exportedAt);
            account(json, data.account());
            json.writeStartArray("walkReminders");
            data.walkReminders().stream().map(LocalTime::toString).forEach(json::write);
            json.writeEnd();
            json.writeStartArray("programmes");
            data.programmes().forEach(p -> programme(json, p));
            json.writeEnd();
            json.writeStartArray("sessions");
            data.sessions().forEach(s -> session(json, s));
            json.writeEnd();
            json.writeStartArray("warningSigns");
            data.warningSigns().forEach(a -> warningSign(json, a));
            json.writeEnd();
            json.writeStartArray("messages");
            List<CareMessage> oldestFirst = new ArrayList<>(data.messages());
            Collections.reverse(oldestFirst);
            oldestFirst.forEach(m -> message(json, m));
            json.writeEnd();
            json.writeStartArray("questionnaires");
            data.questionnaires().forEach(t -> questionnaire(json, t));
            json.writeEnd();
            json.writeEnd();
        }
    }

    /** One questionnaire: how it is asked (if it still is) and every response, with the answers and the score. */
    private static void questionnaire(JsonGenerator json, OutcomeTrack track) {
        json.writeStartObject().write("questionnaire", track.questionnaire().name());
        if (track.schedule() != null) {
            json.writeStartObject("asked").write("from", track.schedule().firstDue().toString());
            if (track.schedule().everyWeeks() != null) {
                json.write("everyWeeks", track.schedule().everyWeeks());
            }
            json.writeEnd();
        }
        json.writeStartArray("responses");
        for (OutcomeTrack.Scored scored : track.scores()) {
            json.writeStartObject().write("answeredOn", scored.answeredOn().toString())
                    .write("score", scored.score().value());
            if (scored.score().subscore() != null) {
                json.write("subscore", scored.score().subscore());
            }
            text(json, "riskGroup", scored.score().band());
            json.writeStartObject("answers");
            scored.answers().forEach(a -> {
                if (a.getNumber() != null) {
                    json.write(a.getItem(), a.getNumber());
                } else {
                    json.write(a.getItem(), a.getText());
                }
            });
            json.writeEnd().writeEnd();
        }
        json.writeEnd().writeEnd();
    }

    private static void account(JsonGenerator json, Account a) {
        EmailPreferences email = a.getEmailPreferences();
        json.writeStartObject("account")
                .write("username", a.getUsername())
                .write("name", a.getDisplayName());
        text(json, "email", a.getEmail());
        text(json, "phone", a.getPhone());
        text(json, "language", a.getLanguage().map(l -> l.code()).orElse(null));
        text(json, "createdAt", a.getCreatedAt());
        json.writeStartArray("clinicians");
        a.getClinicians().stream().map(Account::getDisplayName).sorted().forEach(json::write);
        json.writeEnd();
        json.writeStartObject("emailPreferences")
                .write("messages", email.isOnMessage())
                .write("weeklySummary", email.isWeeklySummary());
        text(json, "quietFrom", email.getQuietFrom());
        text(json, "quietUntil", email.getQuietUntil());
        text(json, "timeZone", email.getTimeZone());
        json.writeEnd().writeEnd();
    }

    private static void programme(JsonGenerator json, Programme p) {
        json.writeStartObject().write("startDate", p.getStartDate().toString());
        text(json, "endsOn", p.getEndsOn());
        text(json, "note", p.getNote());
        json.write("clinician", p.getClinician().getDisplayName());
        json.writeStartArray("revisions");
        for (ProgrammeRevision r : p.getRevisions()) {
            json.writeStartObject().write("number", r.getNumber()).write("effectiveFrom", r.getEffectiveFrom().toString());
            text(json, "effectiveUntil", r.getEffectiveUntil());
            json.write("author", r.getAuthor().getDisplayName()).write("createdAt", r.getCreatedAt().toString());
            json.writeStartArray("phases");
            for (PlanPhase phase : r.getPlan().getPhases()) {
                json.writeStartObject().write("name", phase.getName());
                if (phase.getLengthDays() != null) {
                    json.write("lengthDays", phase.getLengthDays());
                }
                json.writeStartArray("exercises");
                for (Prescription x : phase.getPrescriptions()) {
                    json.writeStartObject().write("exerciseId", x.getExercise().getId())
                            .write("exercise", x.getExercise().getName());
                    dose(json, x.getDose());
                    json.writeEnd();
                }
                json.writeEnd().writeEnd();
            }
            json.writeEnd().writeEnd();
        }
        json.writeEnd().writeEnd();
    }

    private static void dose(JsonGenerator json, Dose d) {
        json.writeStartObject("dose").write("frequency", d.getFrequency().name()).write("count", d.getCount());
        number(json, "minutes", d.getMinutes());
        number(json, "sets", d.getSets());
        number(json, "repetitions", d.getRepetitions());
        number(json, "holdSeconds", d.getHoldSeconds());
        json.writeEnd();
    }

    private static void session(JsonGenerator json, SessionLog s) {
        json.writeStartObject().write("performedAt", s.getPerformedAt().toString()).write("day", s.getLocalDay().toString());
        if (s.getExercise() != null) {
            json.write("exerciseId", s.getExercise().getId()).write("exercise", s.getExercise().getName());
        }
        text(json, "activity", s.getActivity());
        number(json, "minutes", s.getMinutes());
        number(json, "sets", s.getSets());
        number(json, "steps", s.getSteps());
        number(json, "painBefore", s.getPainBefore());
        number(json, "painAfter", s.getPainAfter());
        number(json, "effort", s.getEffort());
        json.writeStartArray("warningSigns");
        s.getRedFlags().stream().map(RedFlag::name).sorted().forEach(json::write);
        json.writeEnd();
        text(json, "note", s.getNote());
        text(json, "recordedAt", s.getRecordedAt());
        json.writeEnd();
    }

    private static void warningSign(JsonGenerator json, RedFlagAlert a) {
        json.writeStartObject().write("raisedAt", a.getRaisedAt().toString()).write("urgency", a.getUrgency().name());
        json.writeStartArray("signs");
        a.getRedFlags().stream().map(RedFlag::name).sorted().forEach(json::write);
        json.writeEnd();
        text(json, "sessionDay", a.getSession() == null ? null : a.getSession().getLocalDay());
        text(json, "reviewedAt", a.getReviewedAt());
        text(json, "reviewedBy", a.getReviewedBy() == null ? null : a.getReviewedBy().getDisplayName());
        text(json, "outcome", a.getOutcome() == null ? null : a.getOutcome().name());
        text(json, "reviewNote", a.getReviewNote());
        json.writeEnd();
    }

    private static void message(JsonGenerator json, CareMessage m) {
        json.writeStartObject().write("sentAt", m.getSentAt().toString())
                .write("from", m.isFromPatient() ? "you" : m.getAuthor().getDisplayName())
                .write("text", m.getText());
        text(json, "readAt", m.getReadAt());
        text(json, "readBy", m.getReadBy() == null ? null : m.getReadBy().getDisplayName());
        json.writeEnd();
    }

    /** A text, a day or a time as its ISO form; null as JSON null. */
    private static void text(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value.toString());
        }
    }

    private static void number(JsonGenerator json, String name, Integer value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
