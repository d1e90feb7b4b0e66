package clinic.portal.web.outcome;

import clinic.portal.domain.outcome.Answer;
import clinic.portal.domain.outcome.Item;
import clinic.portal.domain.outcome.Questionnaire;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.outcome.DueQuestionnaire;
import clinic.portal.ejb.outcome.OutcomeService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /patient/questionnaire.xhtml?q=…}: one page for every questionnaire, drawn from its items. When it is
 * due the form starts from the patient's last answers (a PSFS asks about the same activities again); "Send my
 * answers" scores it and goes back to the home page with a thank-you. When it is not due the page says so. A
 * {@code q} that names no questionnaire answers 404.
 */
@Named
@ViewScoped
public class AnswerQuestionnaire implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutcomeService outcomes;

    private Questionnaire questionnaire;
    private DueQuestionnaire due;
    private final Map<String, Object> answers = new HashMap<>();

    /**
     * Reads what is due once per view, and fills the form with the previous answers the first time. Without a
     * questionnaire named the page is a 404 (a name that does not convert is one already).
     */
    public void load() {
        if (questionnaire == null) {
            throw new NotFoundException("questionnaire", null);
        }
        if (due == null) {
            due = outcomes.dueMine(questionnaire).orElse(null);
            if (due != null && questionnaire == Questionnaire.PSFS) {
                due.previous().stream().filter(a -> a.getText() != null)
                        .forEach(a -> answers.put(a.getItem(), a.getText()));
            }
        }
    }

    public void send() throws IOException {
        List<Answer> given = questionnaire.items().stream()
                .filter(item -> answers.get(item.key()) != null)
                .map(item -> item.scale().isNumber() ? Answer.number(item.key(), (Integer) answers.get(item.key()))
                        : Answer.words(item.key(), answers.get(item.key()).toString()))
                .toList();
        outcomes.answerMine(questionnaire, given);
        Messages.addFlashGlobalInfo("questionnaire.sent");
        Faces.redirect(Faces.getRequestContextPath() + "/patient/index.xhtml");
    }

    /** The items, each with the key of its words in the bundles. */
    public List<Item> getItems() {
        return questionnaire.items();
    }

    public String key(Item item) {
        return "questionnaire." + questionnaire.name() + "." + item.key();
    }

    /** Whether the form starts from activities named before. */
    public boolean isAgain() {
        return due != null && !due.previous().isEmpty() && questionnaire == Questionnaire.PSFS;
    }

    public Map<String, Object> getAnswers() {
        return answers;
    }

    public DueQuestionnaire getDue() {
        return due;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public void setQuestionnaire(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }
}
