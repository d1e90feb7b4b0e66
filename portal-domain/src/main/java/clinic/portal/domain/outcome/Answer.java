package clinic.portal.domain.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** The answer to one item: a number on the item's scale, or the patient's words. */
@Embeddable
public class Answer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "item", nullable = false, length = 20)
    private String item;

    @Column(name = "number_value")
    private Integer number;

    @Column(name = "text_value", length = AnswerScale.WORDS_MAX)
    private String text;

    protected Answer() {
        // for JPA
    }

    private Answer(String item, Integer number, String text) {
        this.item = Objects.requireNonNull(item);
        this.number = number;
        this.text = text;
    }

    public static Answer number(String item, int number) {
        return new Answer(item, number, null);
    }

    /** The patient's words, without the spaces around them; blank words are no answer. */
    public static Answer words(String item, String text) {
        return new Answer(item, null, text == null ? null : text.strip());
    }

    public String getItem() {
        return item;
    }

    public Integer getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    boolean isGiven() {
        return number != null || (text != null && !text.isEmpty());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answer a && item.equals(a.item) && Objects.equals(number, a.number)
                && Objects.equals(text, a.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, number, text);
    }

    @Override
    public String toString() {
        return item + "=" + (number != null ? number : text);
    }
}
