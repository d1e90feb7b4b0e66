package clinic.portal.domain.programme;

import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Exercise;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * One exercise in a phase with its dose. Immutable once saved: a change to a programme is a new revision
 * with new prescriptions. A cautioned exercise records that the clinician confirmed it.
 */
@Entity
@Table(name = "prescription")
public class Prescription implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "prescription_seq", sequenceName = "prescription_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prescription_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "phase_id", nullable = false)
    private PlanPhase phase;

    @Column(name = "position", nullable = false)
    private int position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "exercise_id", nullable = false)
    private Exercise exercise;

    @Embedded
    private Dose dose;

    @Column(name = "caution_confirmed", nullable = false)
    private boolean cautionConfirmed;

    protected Prescription() {
    }

    Prescription(PlanPhase phase, int position, Exercise exercise, Dose dose, boolean cautionConfirmed) {
        if (exercise.isCaution() && !cautionConfirmed) {
            throw new UnconfirmedCautionException(exercise);
        }
        this.phase = phase;
        this.position = position;
        this.exercise = exercise;
        this.dose = dose.copy();
        this.cautionConfirmed = exercise.isCaution();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Exercise getExercise() {
        return exercise;
    }

    public Dose getDose() {
        return dose.copy();
    }

    public boolean isCautionConfirmed() {
        return cautionConfirmed;
    }
}
