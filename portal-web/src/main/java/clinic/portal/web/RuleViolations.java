package clinic.portal.web;

import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
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
 * a {@link NotFoundException} becomes a 404 (on an Ajax request, OmniFaces renders the 404 page into it).
 * <p>
 * The input is found by its id, or by a {@code field} attribute where the page names it differently
 * ({@code <f:attribute name="field" value="performedAt"/>} on the "when" picker).
 */
public class RuleViolations extends ExceptionHandlerWrapper {

    public RuleViolations(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            RuleViolation rule = ruleOf(events.next().getContext().getException());
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
