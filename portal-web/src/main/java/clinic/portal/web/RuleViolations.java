package clinic.portal.web;

import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.Iterator;

/**
 * The one place where pages turn the portal's rule exceptions into what a person sees, so that no backing bean
 * catches a service exception: a {@link RuleViolation} thrown by an action becomes a message beside the input it
 * concerns (or at the top of the page), the page is shown again with everything typed kept, and nothing else runs;
 * a {@link NotFoundException} becomes a 404 (on an Ajax request, OmniFaces renders the 404 page into it), and a
 * form posted to a view that no longer exists shows the "session has ended" page as a 400.
 * <p>
 * The input is found by its id, or by a {@code field} attribute where the page names it differently
 * ({@code <f:attribute name="field" value="performedAt"/>} on the "when" picker).
 */
public class RuleViolations extends ExceptionHandlerWrapper {

    private static final String EXPIRED_VIEW = "/WEB-INF/errorpages/expired.xhtml";

    public RuleViolations(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (isViewExpired(thrown) && !context.getPartialViewContext().isAjaxRequest()) {
                events.remove();
                showExpired(context);
                continue;
            }
            RuleViolation rule = ruleOf(thrown);
            if (rule == null) {
                continue;
            }
            if (rule instanceof NotFoundException) {
                if (context.getPartialViewContext().isAjaxRequest()) {
                    continue;
                }
                events.remove();
                if (!Faces.isResponseCommitted()) {
                    Faces.responseSendError(404, "Not found");
                }
                context.responseComplete();
                continue;
            }
            events.remove();
            show(context, rule);
            context.validationFailed();
            context.renderResponse();
        }
        getWrapped().handle();
    }

    /**
     * A form posted from a page whose view is gone (the portal restarted, or the page sat open past the session): the
     * "session has ended" page, as a 400 (through the container's error page it would be a 500).
     */
    private static void showExpired(FacesContext context) {
        Faces.setResponseStatus(400);
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, EXPIRED_VIEW));
        context.renderResponse();
    }

    private static boolean isViewExpired(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** Adds the rule's message beside the input it concerns, or to the page when there is none. */
    public static void show(FacesContext context, RuleViolation rule) {
        UIComponent input = rule.field() == null ? null : inputFor(context.getViewRoot(), rule.field());
        if (input != null) {
            Messages.addError(input.getClientId(context), rule.messageKey(), rule.arguments());
        } else {
            Messages.addGlobalError(rule.messageKey(), rule.arguments());
        }
    }

    private static UIComponent inputFor(UIComponent parent, String field) {
        for (Iterator<UIComponent> kids = parent.getFacetsAndChildren(); kids.hasNext(); ) {
            UIComponent kid = kids.next();
            if (kid instanceof UIInput && kid.isRendered() && (field.equals(kid.getId()) || names(kid, field))) {
                return kid;
            }
            UIComponent found = inputFor(kid, field);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether the input's {@code field} attribute (names separated by spaces) names the field. */
    private static boolean names(UIComponent input, String field) {
        Object names = input.getAttributes().get("field");
        return names != null && java.util.Arrays.asList(names.toString().split("\\s+")).contains(field);
    }

    private static RuleViolation ruleOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RuleViolation rule) {
                return rule;
            }
        }
        return null;
    }

    /** Registered after OmniFaces' factory in faces-config.xml, so that it sees rule exceptions first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RuleViolations(getWrapped().getExceptionHandler());
        }
    }
}
