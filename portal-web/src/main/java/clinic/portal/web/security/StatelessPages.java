package clinic.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Set;

/**
 * The pages with forms for people who have not signed in (signing in, asking for a new password, choosing it from
 * the emailed link, stopping a kind of email from its link) are stateless Faces views: showing them or posting them
 * keeps nothing on the server, no view state and no HTTP session, so a client that asks for them thousands of times
 * a second costs the server time but no memory. Their forms carry everything they need: the emailed links' pages
 * post to their own address, token included ({@code <o:form>}), and the page to return to after signing in is a
 * cookie (see {@link ReturnTo}).
 * <p>
 * The layout's {@code <f:view transient>} asks {@link #isStateless} (a posted form's view is built from it), and
 * {@link EarlyViewHandler} marks such a view transient as soon as it is created for a first visit, before it is
 * built: PrimeFaces keeps its CSP nonce in the view map of a view not (yet) transient at that point, which opens an
 * HTTP session.
 */
@Named
@ApplicationScoped
public class StatelessPages {

    private static final Set<String> VIEWS = Set.of(Homes.LOGIN, "/forgot.xhtml", "/reset.xhtml",
            "/unsubscribe.xhtml");

    /** Whether the view (its id, such as {@code /login.xhtml}) is one of these pages. */
    public boolean isStateless(String viewId) {
        return VIEWS.contains(viewId);
    }

    /** Marks these pages' views transient as they are created (registered in {@code faces-config.xml}). */
    public static class EarlyViewHandler extends ViewHandlerWrapper {

        public EarlyViewHandler(ViewHandler wrapped) {
            super(wrapped);
        }

        @Override
        public UIViewRoot createView(FacesContext context, String viewId) {
            UIViewRoot view = super.createView(context, viewId);
            if (view != null && VIEWS.contains(view.getViewId())) {
                view.setTransient(true);
            }
            return view;
        }
    }
}
