package clinic.portal.web.patient;

import clinic.portal.ejb.audit.AccessLine;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/**
 * Backs {@code /patient/access.xhtml}: who at the clinic opened or changed the patient's record, and when, newest
 * first, a page at a time from the audit trail ({@link AuditTrail#aboutMe}).
 */
@Named
@ViewScoped
public class RecordAccess implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    private LazyDataModel<AccessLine> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(trail::countAboutMe, trail::aboutMe, AccessLine::id);
    }

    public LazyDataModel<AccessLine> getModel() {
        return model;
    }
}
