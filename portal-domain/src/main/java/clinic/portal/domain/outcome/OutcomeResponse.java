package clinic.portal.domain.outcome;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A patient's answers to one questionnaire on one day, scored once as they are given ({@link Questionnaire} is the
 * one place that scores), so that lists and review flags read scores as columns. Kept as answered: nobody edits it.
 */
@Entity
@Table(name = "outcome_response")
@NamedQuery(name = OutcomeResponse.FIND_FOR_PATIENT,
        query = "SELECT r FROM OutcomeResponse r WHERE r.patient.id = :patient"
                + " ORDER BY r.questionnaire, r.answeredAt, r.id")
@NamedQuery(name = OutcomeResponse.FIND_LATEST,
        query = "SELECT r FROM OutcomeResponse r WHERE r.patient.id = :patient AND r.questionnaire = :questionnaire"
                + " ORDER BY r.answeredAt DESC, r.id DESC")
@NamedQuery(name = OutcomeResponse.LAST_ANSWERED,
        query = "SELECT r.questionnaire, MAX(r.answeredOn) FROM OutcomeResponse r WHERE r.patient.id = :patient"
                + " GROUP BY r.questionnaire")
@NamedQuery(name = OutcomeResponse.FIRST_AND_LATEST_FOR_PATIENTS,
        query = "SELECT r.patient.id, r.questionnaire, r.answeredAt, r.score, r.subscore, r.band FROM OutcomeResponse r"
                + " WHERE r.patient.id IN :patients AND (r.answeredAt = (SELECT MIN(f.answeredAt) FROM OutcomeResponse f"
                + " WHERE f.patient = r.patient AND f.questionnaire = r.questionnaire) OR r.answeredAt ="
                + " (SELECT MAX(l.answeredAt) FROM OutcomeResponse l WHERE l.patient = r.patient"
                + " AND l.questionnaire = r.questionnaire)) ORDER BY r.answeredAt")
public class OutcomeResponse implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A patient's responses, by questionnaire, oldest first. */
    public static final String FIND_FOR_PATIENT = "OutcomeResponse.findForPatient";
    /** A patient's responses to one questionnaire, newest first. */
    public static final String FIND_LATEST = "OutcomeResponse.findLatest";
    /** The day a patient last answered each questionnaire. */
    public static final String LAST_ANSWERED = "OutcomeResponse.lastAnswered";
    /**
     * The first and the latest score of each questionnaire of each patient given, oldest first (one row when there is
     * only one): patient id, questionnaire, answered at, score, subscore, band.
     */
    public static final String FIRST_AND_LATEST_FOR_PATIENTS = "OutcomeResponse.firstAndLatestForPatients";

    @Id
    @SequenceGenerator(name = "outcome_response_seq", sequenceName = "outcome_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_response_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Account patient;

    @Enumerated(EnumType.STRING)
    @Column(name = "questionnaire", nullable = false, length = 20, updatable = false)
    private Questionnaire questionnaire;

    /** The patient's day (in the clinic's time) they answered on. */
    @Column(name = "answered_on", nullable = false, updatable = false)
    private LocalDate answeredOn;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private OffsetDateTime answeredAt;

    @Column(name = "score", nullable = false, updatable = false)
    private double score;

    @Column(name = "subscore", updatable = false)
    private Integer subscore;

    @Enumerated(EnumType.STRING)
    @Column(name = "band", length = 20, updatable = false)
    private Band band;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "outcome_answer", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "answer_order")
    private List<Answer> answers = new ArrayList<>();

    protected OutcomeResponse() {
        // for JPA
    }

    /**
     * The patient's answers, scored. Answers left blank are not kept.
     *
     * @throws IllegalArgumentException when the answers have a {@link Questionnaire#problem}, or the account is not a
     *                                  patient's
     */
    public static OutcomeResponse answer(Account patient, Questionnaire questionnaire, List<Answer> answers,
                                         LocalDate day, OffsetDateTime now) {
        if (patient.getRole() != Role.PATIENT) {
            throw new IllegalArgumentException("Only a patient answers a questionnaire");
        }
        Score score = questionnaire.scoreOf(answers);
        OutcomeResponse response = new OutcomeResponse();
        response.patient = patient;
        response.questionnaire = questionnaire;
        response.answeredOn = Objects.requireNonNull(day);
        response.answeredAt = Objects.requireNonNull(now);
        response.score = score.value();
        response.subscore = score.subscore();
        response.band = score.band();
        answers.stream().filter(Answer::isGiven).forEach(response.answers::add);
        return response;
    }

    public Score getScore() {
        return new Score(score, subscore, band);
    }

    public Long getId() {
        return id;
    }

    public Account getPatient() {
        return patient;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }
}
