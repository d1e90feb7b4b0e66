package clinic.portal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.omnifaces.util.Faces;

/**
 * A page opened with a parameter that does not convert or is missing ({@code detail.xhtml?id=abc}) answers 404, on
 * every page, in one place: the view parameters failed validation on a plain GET, so no view action ran and the page
 * has nothing to show. The conversion message is dropped: the 404 page says what is wrong. (OmniFaces'
 * {@code o:viewParamValidationFailed}, tried first, did not fire for these template-client pages on Mojarra 4.0.)
 */
public class InvalidViewParametersAreNotFound implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed() && !context.getResponseComplete()) {
            for (var messages = context.getMessages(); messages.hasNext(); ) {
                messages.next();
                messages.remove();
            }
            Faces.responseSendError(404, "Not found");
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before validation.
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
