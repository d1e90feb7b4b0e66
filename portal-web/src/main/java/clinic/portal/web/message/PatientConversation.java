package clinic.portal.web.message;

import clinic.portal.ejb.message.Conversation;
import clinic.portal.ejb.message.Conversations;
import clinic.portal.ejb.message.MessageLine;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /clinician/messages/conversation.xhtml?patient=…}: a clinician reads one patient's messages and
 * answers. Another clinician's patient answers 404, as everywhere.
 */
@Named
@ViewScoped
public class PatientConversation extends ConversationView {

    private static final long serialVersionUID = 1L;

    @Inject
    private Conversations conversations;

    private Long patient;


    @Override
    protected Conversation fetch(int max) {
        return conversations.open(patient == null ? -1 : patient, max);
    }

    @Override
    protected MessageLine send(String text) {
        return conversations.send(patient, text);
    }

    public Long getPatient() {
        return patient;
    }

    public void setPatient(Long patient) {
        this.patient = patient;
    }
}
