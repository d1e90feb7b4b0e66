package clinic.portal.web.warning;

import clinic.portal.ejb.warning.WarningSign;
import clinic.portal.ejb.warning.WarningSignService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /clinician/warnings/index.xhtml}: every open warning sign of the clinician's patients, newest first,
 * with how to reach each patient. View-scoped, so that the list a review button was pressed in is the list the
 * press is decoded against.
 */
@Named
@ViewScoped
public class WarningQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WarningSignService warningSigns;

    private List<WarningSign> open;

    @PostConstruct
    void load() {
        open = warningSigns.queue();
    }

    public List<WarningSign> getOpen() {
        return open;
    }
}
