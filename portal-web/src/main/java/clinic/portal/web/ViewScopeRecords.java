package clinic.portal.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import java.util.List;
import java.util.Map;

/**
 * Keeps a session's record of its {@code @ViewScoped} beans to the views still alive. Mojarra (4.0.11, as Payara 6
 * ships it) notes in the session, for every view that ever made a CDI {@code @ViewScoped} bean, which beans it made
 * ({@value #CONTEXTS}); when a view leaves the session's last views ({@value #VIEW_MAPS}, 25 by default) it destroys
 * that view's beans but keeps the note, so the record grows by one entry a page for as long as the session lasts, and
 * a replicated session carries all of it to the data grid at every request. Each time a view's map is made (when
 * Mojarra drops the eldest), the notes of the views that are no longer among the live ones are removed: their beans
 * are destroyed already, and nothing reads them again.
 */
public class ViewScopeRecords implements SystemEventListener {

    /** Mojarra's session attribute: view map id to the view's {@code @ViewScoped} beans' descriptors. */
    static final String CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    /** Mojarra's session attribute: the live view maps by id, eldest first, at most 25. */
    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        ExternalContext external = event.getFacesContext().getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        Map<String, Object> session = external.getSessionMap();
        if (session.get(CONTEXTS) instanceof Map<?, ?> contexts && session.get(VIEW_MAPS) instanceof Map<?, ?> live
                && contexts.size() > live.size()) {
            // A view's note is written after its map is among the live ones, so a note of a view being made by another
            // request of the session at this moment is kept.
            boolean removed = false;
            for (Object id : List.copyOf(contexts.keySet())) {
                if (!live.containsKey(id)) {
                    removed |= contexts.remove(id) != null;
                }
            }
            if (removed) {
                session.put(CONTEXTS, contexts); // set again, so that a replicated session stores the change
            }
        }
    }
}
