package clinic.portal.web.admin.outbox;

import clinic.portal.domain.mail.OutboxMessage;
import clinic.portal.domain.mail.OutboxStatus;
import clinic.portal.ejb.mail.Outbox;
import clinic.portal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/**
 * Backs {@code /admin/outbox/index.xhtml}: the email the portal writes, newest first, a page at a time, by status;
 * a failed message can be sent again.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Outbox outbox;

    private OutboxStatus status;
    private LazyDataModel<OutboxMessage> model;
    private boolean configured;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> outbox.count(status), (first, max) -> outbox.page(status, first, max),
                OutboxMessage::getId);
        configured = outbox.isMailServerConfigured();
    }

    public void retry(OutboxMessage message) {
        outbox.retry(message.getId());
        Messages.addGlobalInfo("admin.outbox.retried");
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }

    public LazyDataModel<OutboxMessage> getModel() {
        return model;
    }

    public boolean isConfigured() {
        return configured;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public void setStatus(OutboxStatus status) {
        this.status = status;
    }
}
