package clinic.portal.web.outcome;

import clinic.portal.domain.outcome.OutcomeSchedule;
import clinic.portal.domain.outcome.Questionnaire;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.outcome.OutcomeService;
import clinic.portal.web.clinician.patients.OutcomesTab;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The "Questionnaires" tab of the clinician's record of a patient: ask the patient a questionnaire from a day on
 * (today unless chosen), once or every 2 or 4 weeks, or stop asking one; each comes back to the tab with what was
 * done.
 */
@Named
@ViewScoped
public class AskQuestionnaire implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutcomeService outcomes;

    @Inject
    private OutcomesTab patient;

    @Inject
    private ClinicCalendar calendar;

    private Questionnaire questionnaire = Questionnaire.STARTBACK;
    private LocalDate firstDue;
    private Integer everyWeeks;

    @PostConstruct
    void today() {
        firstDue = calendar.today();
    }

    public void ask() throws IOException {
        outcomes.ask(patient.getId(), questionnaire, firstDue, everyWeeks);
        Messages.addFlashGlobalInfo("outcomes.asked");
        back();
    }

    public void stop(Questionnaire which) throws IOException {
        outcomes.stopAsking(patient.getId(), which);
        Messages.addFlashGlobalInfo("outcomes.stopped");
        back();
    }

    private void back() throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + patient.getSelf());
    }

    public Questionnaire[] getQuestionnaires() {
        return Questionnaire.values();
    }

    /** How often, in weeks: the choices besides "once". */
    public List<Integer> getEvery() {
        return OutcomeSchedule.EVERY_WEEKS.stream().sorted().toList();
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public void setQuestionnaire(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    public LocalDate getFirstDue() {
        return firstDue;
    }

    public void setFirstDue(LocalDate firstDue) {
        this.firstDue = firstDue;
    }

    public Integer getEveryWeeks() {
        return everyWeeks;
    }

    public void setEveryWeeks(Integer everyWeeks) {
        this.everyWeeks = everyWeeks;
    }
}
