package clinic.portal.domain.programme;

import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Exercise;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A stretch of a plan ("First days", "Recovery", "Stay active") with its length in days and its
 * prescriptions. The last phase may have no length: it lasts until the programme changes or ends.
 * {@code offsetDays} is the sum of the earlier phases' lengths, kept so a day finds its phase without walking
 * the list.
 */
@Entity
@Table(name = "plan_phase")
public class PlanPhase implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 100;
    public static final int MAX_LENGTH_DAYS = 365;

    @Id
    @SequenceGenerator(name = "plan_phase_seq", sequenceName = "plan_phase_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_phase_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "length_days")
    private Integer lengthDays;

    @Column(name = "offset_days", nullable = false)
    private int offsetDays;

    @OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Prescription> prescriptions = new ArrayList<>();

    protected PlanPhase() {
    }

    PlanPhase(Plan plan, int position, String name, Integer lengthDays, int offsetDays) {
        this.plan = plan;
        this.position = position;
        this.name = name;
        this.lengthDays = lengthDays;
        this.offsetDays = offsetDays;
    }

    void prescribe(Exercise exercise, Dose dose, boolean cautionConfirmed) {
        prescriptions.add(new Prescription(this, prescriptions.size(), exercise, dose, cautionConfirmed));
    }

    /** Whether the day, counted from the programme's start (day 0), falls in this phase. */
    public boolean covers(long dayIndex) {
        return dayIndex >= offsetDays && (lengthDays == null || dayIndex < offsetDays + lengthDays);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public Integer getLengthDays() {
        return lengthDays;
    }

    public int getOffsetDays() {
        return offsetDays;
    }

    public List<Prescription> getPrescriptions() {
        return Collections.unmodifiableList(prescriptions);
    }
}
