package clinic.portal.domain.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * An exercise's words in one more language: its name, the instructions for the patient and the reason for caution.
 * Any of them may be left empty, and the base language's text is shown instead.
 */
@Embeddable
public class ExerciseWording implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = Exercise.NAME_MAX, message = "{exercise.name.size}")
    @Column(name = "name", length = Exercise.NAME_MAX)
    private String name;

    @Size(max = Exercise.INSTRUCTIONS_MAX, message = "{exercise.instructions.size}")
    @Column(name = "instructions", length = Exercise.INSTRUCTIONS_MAX)
    private String instructions;

    @Size(max = Exercise.CAUTION_REASON_MAX, message = "{exercise.cautionReason.size}")
    @Column(name = "caution_reason", length = Exercise.CAUTION_REASON_MAX)
    private String cautionReason;

    public ExerciseWording() {
    }

    public ExerciseWording(String name, String instructions, String cautionReason) {
        setName(name);
        setInstructions(instructions);
        setCautionReason(cautionReason);
    }

    /** Whether nothing is written in it, so that it can be dropped. */
    public boolean isEmpty() {
        return name == null && instructions == null && cautionReason == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = stripped(name);
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = stripped(instructions);
    }

    public String getCautionReason() {
        return cautionReason;
    }

    public void setCautionReason(String cautionReason) {
        this.cautionReason = stripped(cautionReason);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
