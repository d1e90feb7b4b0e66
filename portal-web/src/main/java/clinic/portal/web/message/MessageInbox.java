package clinic.portal.web.message;

import clinic.portal.ejb.message.Conversations;
import clinic.portal.ejb.message.InboxLine;
import clinic.portal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/**
 * Backs {@code /clinician/messages/index.xhtml}: the clinician's conversations with their patients, those with
 * unread messages first, a page at a time from the database.
 */
@Named
@ViewScoped
public class MessageInbox implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Conversations conversations;

    private LazyDataModel<InboxLine> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(conversations::inboxCount, conversations::inbox, InboxLine::patientId);
    }

    public LazyDataModel<InboxLine> getModel() {
        return model;
    }
}
