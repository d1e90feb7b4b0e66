package clinic.portal.web.fhir;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.exercise.Frequency;
import clinic.portal.domain.language.Language;
import clinic.portal.domain.log.RedFlagAlert;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.outcome.Answer;
import clinic.portal.domain.outcome.AnswerScale;
import clinic.portal.domain.outcome.Item;
import clinic.portal.domain.programme.PlanPhase;
import clinic.portal.domain.programme.Prescription;
import clinic.portal.domain.programme.Programme;
import clinic.portal.ejb.outcome.OutcomeTrack;
import clinic.portal.ejb.patient.MyData;
import clinic.portal.web.Texts;
import clinic.portal.web.programme.DoseWords;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One patient's record as an HL7 FHIR R4 {@code Bundle} of type collection: the {@code Patient} and their clinicians
 * as {@code Practitioner}s; each programme as a {@code CarePlan} whose activities instantiate an
 * {@code ActivityDefinition} per exercise, with the dose as timing (how often, how long, the phase's dates) and
 * quantity (sets); each session as an {@code Observation} of exercise duration (LOINC 55411-3, with the steps, LOINC
 * 41950-7, as a component) based on the programme, its pain before and after as {@code Observation}s of LOINC
 * 72514-3; each questionnaire response as a {@code QuestionnaireResponse} with its {@code Questionnaire}; and each
 * warning sign as a {@code Flag} (inactive once reviewed). Entries are named by stable {@code urn:uuid}s, so the
 * same record exports the same names; canonical URLs are under the portal's own address. Texts are in English.
 */
public final class PatientBundle {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";

    private final String base;
    private final OffsetDateTime now;
    private final LocalDate today;
    private final TimeZone zone;
    private final DoseWords words;
    private final Bundle bundle = new Bundle();
    private final Map<String, String> names = new LinkedHashMap<>();
    private long patientId;

    private PatientBundle(String base, OffsetDateTime now, ZoneId zone, DoseWords words) {
        this.base = base;
        this.now = now;
        this.today = now.atZoneSameInstant(zone).toLocalDate();
        this.zone = TimeZone.getTimeZone(zone);
        this.words = words;
    }

    /**
     * The record as a Bundle.
     *
     * @param base the portal's address (canonical URLs of its definitions start with it)
     * @param now  the portal's clock: the Bundle's timestamp, and the clinic's today in {@code zone}
     */
    public static Bundle of(MyData data, String base, OffsetDateTime now, ZoneId zone, DoseWords words) {
        return new PatientBundle(base, now, zone, words).build(data);
    }

    private Bundle build(MyData data) {
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(new org.hl7.fhir.r4.model.Identifier().setSystem("urn:ietf:rfc:3986")
                .setValue(name("Bundle", data.account().getId() + "@" + today)));
        bundle.setTimestamp(Date.from(now.toInstant()));
        Account account = data.account();
        patientId = account.getId();
        data.account().getClinicians().forEach(this::practitioner);
        patient(account);
        data.programmes().forEach(p -> p.getRevisions().forEach(r -> r.getPlan().getPhases()
                .forEach(phase -> phase.getPrescriptions().forEach(x -> activityDefinition(x.getExercise())))));
        data.programmes().forEach(this::carePlan);
        data.sessions().forEach(s -> session(s, data.programmes()));
        data.questionnaires().forEach(this::questionnaire);
        data.warningSigns().forEach(this::flag);
        return bundle;
    }

    private void patient(Account account) {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(base + "/fhir/sid/username").setValue(account.getUsername());
        patient.setActive(account.isEnabled());
        patient.addName().setText(account.getDisplayName());
        patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(account.getEmail());
        if (account.getPhone() != null && !account.getPhone().isBlank()) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(account.getPhone());
        }
        account.getLanguage().ifPresent(language -> patient.addCommunication().setPreferred(true)
                .setLanguage(new CodeableConcept(new Coding("urn:ietf:bcp:47", language.code(),
                        language.locale().getDisplayLanguage(Locale.ENGLISH)))));
        account.getClinicians().forEach(c -> patient.addGeneralPractitioner(reference("Practitioner", c.getId())));
        add(patient, "Patient", account.getId());
    }

    private void practitioner(Account clinician) {
        Practitioner practitioner = new Practitioner();
        practitioner.addIdentifier().setSystem(base + "/fhir/sid/username").setValue(clinician.getUsername());
        practitioner.addName().setText(clinician.getDisplayName());
        add(practitioner, "Practitioner", clinician.getId());
    }

    private void activityDefinition(Exercise exercise) {
        if (names.containsKey("ActivityDefinition/" + exercise.getId())) {
            return;
        }
        ActivityDefinition definition = new ActivityDefinition();
        definition.setUrl(canonical(exercise));
        definition.setName("Exercise" + exercise.getId());
        definition.setTitle(exercise.getName());
        definition.setStatus(Enumerations.PublicationStatus.ACTIVE);
        definition.setDescription(exercise.getInstructions());
        definition.setCode(new CodeableConcept().setText(exercise.getName()));
        add(definition, "ActivityDefinition", exercise.getId());
    }

    private void carePlan(Programme programme) {
        CarePlan plan = new CarePlan();
        plan.setStatus(programme.isPastOn(today) ? CarePlan.CarePlanStatus.COMPLETED : CarePlan.CarePlanStatus.ACTIVE);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle("Exercise programme");
        plan.setDescription(programme.getNote());
        plan.setSubject(reference("Patient", programme.getPatient().getId()));
        plan.setAuthor(reference("Practitioner", programme.getClinician().getId()));
        plan.setCreatedElement(dateTime(programme.getRevisions().get(0).getCreatedAt()));
        plan.setPeriod(period(programme.getStartDate(), programme.getEndsOn() == null ? null
                : programme.getEndsOn().minusDays(1)));
        var revision = programme.latestRevision();
        for (PlanPhase phase : revision.getPlan().getPhases()) {
            LocalDate from = programme.getStartDate().plusDays(phase.getOffsetDays());
            LocalDate until = phase.getLengthDays() == null ? null : from.plusDays(phase.getLengthDays() - 1L);
            for (Prescription line : phase.getPrescriptions()) {
                CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
                detail.addInstantiatesCanonical(canonical(line.getExercise()));
                detail.setCode(new CodeableConcept().setText(line.getExercise().getName()));
                detail.setStatus(status(programme, from, until));
                detail.setDescription(phase.getName() + ": " + words.of(line.getDose(), Locale.ENGLISH));
                detail.setScheduled(timing(line.getDose(), from, until));
                if (line.getDose().getSets() != null) {
                    detail.setQuantity(new Quantity().setValue(line.getDose().getSets()).setUnit("sets")
                            .setSystem(UCUM).setCode("{sets}"));
                }
            }
        }
        add(plan, "CarePlan", programme.getId());
    }

    private CarePlan.CarePlanActivityStatus status(Programme programme, LocalDate from, LocalDate until) {
        if (programme.isPastOn(today) || (until != null && until.isBefore(today))) {
            return CarePlan.CarePlanActivityStatus.COMPLETED;
        }
        return from.isAfter(today) ? CarePlan.CarePlanActivityStatus.NOTSTARTED
                : CarePlan.CarePlanActivityStatus.INPROGRESS;
    }

    /** A dose as FHIR timing: so many times a day or a week, for so many minutes, over the phase's days. */
    private static Timing timing(Dose dose, LocalDate from, LocalDate until) {
        Timing timing = new Timing();
        Timing.TimingRepeatComponent repeat = timing.getRepeat();
        repeat.setFrequency(dose.getCount()).setPeriod(1)
                .setPeriodUnit(dose.getFrequency() == Frequency.PER_DAY ? Timing.UnitsOfTime.D : Timing.UnitsOfTime.WK);
        if (dose.getMinutes() != null) {
            repeat.setDuration(dose.getMinutes()).setDurationUnit(Timing.UnitsOfTime.MIN);
        }
        repeat.setBounds(period(from, until));
        return timing;
    }

    private void session(SessionLog session, List<Programme> programmes) {
        Observation exercise = observation(session, "55411-3", "Exercise duration");
        exercise.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "activity", "Activity")));
        exercise.setMethod(new CodeableConcept().setText(session.getWhat().base()));
        if (session.getMinutes() != null) {
            exercise.setValue(minutes(session.getMinutes()));
        } else {
            exercise.setDataAbsentReason(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/data-absent-reason", "not-applicable", "Not Applicable"))
                    .setText(session.getSets() == null ? "No duration recorded" : session.getSets() + " sets"));
        }
        if (session.getSteps() != null) {
            exercise.addComponent().setCode(loinc("41950-7", "Number of steps in 24 hour Measured"))
                    .setValue(new Quantity().setValue(session.getSteps()).setUnit("steps").setSystem(UCUM)
                            .setCode("{steps}"));
        }
        if (session.getNote() != null && !session.getNote().isBlank()) {
            exercise.addNote().setText(session.getNote());
        }
        programmes.stream().filter(p -> p.isActiveOn(session.getLocalDay())).findFirst()
                .ifPresent(p -> exercise.addBasedOn(reference("CarePlan", p.getId())));
        pain(session, exercise, session.getPainBefore(), "before", "Before the session");
        pain(session, exercise, session.getPainAfter(), "after", "After the session");
        add(exercise, "Observation", "session-" + session.getId());
    }

    private void pain(SessionLog session, Observation exercise, Integer rating, String when, String note) {
        if (rating == null) {
            return;
        }
        Observation pain = observation(session, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported");
        pain.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
        pain.setValue(new IntegerType(rating));
        pain.addNote().setText(note);
        pain.addDerivedFrom(reference("Observation", "session-" + session.getId()));
        exercise.addHasMember(reference("Observation", "pain-" + when + "-" + session.getId()));
        add(pain, "Observation", "pain-" + when + "-" + session.getId());
    }

    private Observation observation(SessionLog session, String code, String display) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(loinc(code, display));
        observation.setSubject(reference("Patient", session.getPatient().getId()));
        observation.setEffective(dateTime(session.getPerformedAt()));
        observation.setIssuedElement(new org.hl7.fhir.r4.model.InstantType(Date.from(session.getRecordedAt().toInstant())));
        return observation;
    }

    private void questionnaire(OutcomeTrack track) {
        clinic.portal.domain.outcome.Questionnaire kind = track.questionnaire();
        String url = base + "/fhir/Questionnaire/" + kind.name().toLowerCase(Locale.ROOT);
        if (!track.scores().isEmpty()) {
            Questionnaire questionnaire = new Questionnaire();
            questionnaire.setUrl(url);
            questionnaire.setName(NAMES.get(kind));
            questionnaire.setTitle(english("questionnaire." + kind + ".name"));
            questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
            questionnaire.addSubjectType("Patient");
            questionnaire.setDescription(english("questionnaire." + kind + ".intro"));
            if (kind == clinic.portal.domain.outcome.Questionnaire.STARTBACK) {
                questionnaire.setCopyright(english("questionnaire.STARTBACK.notice"));
            }
            for (Item item : kind.items()) {
                Questionnaire.QuestionnaireItemComponent question = questionnaire.addItem().setLinkId(item.key())
                        .setText(english("questionnaire." + kind + "." + item.key())).setRequired(item.required())
                        .setType(type(item.scale()));
                if (CHOICES.contains(item.scale())) {
                    item.scale().choices().forEach(n -> question.addAnswerOption().setValue(choice(item.scale(), n)));
                }
            }
            add(questionnaire, "Questionnaire", kind.name());
        }
        int n = 0;
        for (OutcomeTrack.Scored scored : track.scores()) {
            QuestionnaireResponse response = new QuestionnaireResponse();
            response.setQuestionnaire(url);
            response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
            response.setSubject(reference("Patient", patientId));
            response.setAuthoredElement(new DateTimeType(scored.answeredOn().toString()));
            Map<String, Answer> answers = scored.answers().stream()
                    .collect(Collectors.toMap(Answer::getItem, a -> a, (a, b) -> a));
            for (Item item : kind.items()) {
                Answer answer = answers.get(item.key());
                if (answer == null) {
                    continue;
                }
                QuestionnaireResponse.QuestionnaireResponseItemComponent given = response.addItem()
                        .setLinkId(item.key()).setText(english("questionnaire." + kind + "." + item.key()));
                given.addAnswer().setValue(item.scale() == AnswerScale.WORDS ? new StringType(answer.getText())
                        : CHOICES.contains(item.scale()) ? choice(item.scale(), answer.getNumber())
                        : new IntegerType(answer.getNumber()));
            }
            add(response, "QuestionnaireResponse", kind.name() + "-" + scored.answeredOn() + "-" + n++);
        }
    }

    private static final Map<clinic.portal.domain.outcome.Questionnaire, String> NAMES = Map.of(
            clinic.portal.domain.outcome.Questionnaire.STARTBACK, "StartBackScreeningTool",
            clinic.portal.domain.outcome.Questionnaire.PSFS, "PatientSpecificFunctionalScale",
            clinic.portal.domain.outcome.Questionnaire.PAIN, "WeeklyPain");

    private static final Set<AnswerScale> CHOICES = EnumSet.of(AnswerScale.AGREE_DISAGREE, AnswerScale.BOTHERSOME);

    private static Questionnaire.QuestionnaireItemType type(AnswerScale scale) {
        return scale == AnswerScale.WORDS ? Questionnaire.QuestionnaireItemType.STRING
                : CHOICES.contains(scale) ? Questionnaire.QuestionnaireItemType.CHOICE
                : Questionnaire.QuestionnaireItemType.INTEGER;
    }

    private Coding choice(AnswerScale scale, int value) {
        return new Coding(base + "/fhir/CodeSystem/" + scale.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                String.valueOf(value), english("scale." + scale + "." + value));
    }

    private void flag(RedFlagAlert alert) {
        Flag flag = new Flag();
        flag.setStatus(alert.getReviewedAt() == null ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
        flag.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/flag-category",
                "clinical", "Clinical")));
        flag.setCode(new CodeableConcept().setText(english("warning.urgency." + alert.getUrgency()) + ": "
                + alert.getRedFlags().stream().sorted().map(f -> english("redflag." + f))
                .collect(Collectors.joining("; "))));
        flag.setSubject(reference("Patient", alert.getPatient().getId()));
        flag.setAuthor(reference("Patient", alert.getPatient().getId()));
        Period period = new Period().setStartElement(dateTime(alert.getRaisedAt()));
        if (alert.getReviewedAt() != null) {
            period.setEndElement(dateTime(alert.getReviewedAt()));
        }
        flag.setPeriod(period);
        add(flag, "Flag", alert.getId());
    }

    private void add(Resource resource, String type, Object id) {
        String fullUrl = name(type, id);
        names.put(type + "/" + id, fullUrl);
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    }

    private String canonical(Exercise exercise) {
        return base + "/fhir/ActivityDefinition/exercise-" + exercise.getId();
    }

    private String name(String type, Object id) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((base + "/" + type + "/" + id).getBytes(StandardCharsets.UTF_8));
    }

    private Reference reference(String type, Object id) {
        return new Reference(name(type, id));
    }

    private DateTimeType dateTime(OffsetDateTime time) {
        return new DateTimeType(Date.from(time.toInstant()), ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, zone);
    }

    private static Period period(LocalDate from, LocalDate until) {
        Period period = new Period().setStartElement(new DateTimeType(from.toString()));
        if (until != null) {
            period.setEndElement(new DateTimeType(until.toString()));
        }
        return period;
    }

    private static Quantity minutes(int minutes) {
        return new Quantity().setValue(minutes).setUnit("min").setSystem(UCUM).setCode("min");
    }

    private static CodeableConcept loinc(String code, String display) {
        return new CodeableConcept(new Coding(LOINC, code, display));
    }

    private static String english(String key) {
        return Texts.get(Language.BASE.locale(), key);
    }
}
