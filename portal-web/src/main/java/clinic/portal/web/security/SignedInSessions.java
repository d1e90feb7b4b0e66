package clinic.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in sessions of each username on this node, so that a password change, a reset, disabling an account or
 * "sign out everywhere" ends them. A session is registered when someone signs in (with a password or a remembered
 * device) and forgotten when it ends. Sessions of other nodes are not seen here (the portal runs one node today).
 */
@ApplicationScoped
public class SignedInSessions {

    private static final String OWNER = SignedInSessions.class.getName() + ".owner";

    private final Map<String, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    /** The session now belongs to this signed-in username. */
    public void register(String username, HttpSession session) {
        session.setAttribute(OWNER, username);
        sessions.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Ends every session of the username but the one given (which may be null: every session). */
    public void endAll(String username, HttpSession keep) {
        Set<HttpSession> theirs = sessions.getOrDefault(username, Set.of());
        for (HttpSession session : Set.copyOf(theirs)) {
            if (keep == null || !session.getId().equals(keep.getId())) {
                theirs.remove(session);
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // Ended meanwhile: nothing to do.
                }
            }
        }
    }

    /** A session ended (signed out, timed out or invalidated here): forget it. */
    void ended(HttpSession session) {
        Object owner = session.getAttribute(OWNER);
        if (owner instanceof String username) {
            Set<HttpSession> theirs = sessions.get(username);
            if (theirs != null) {
                theirs.removeIf(s -> s.getId().equals(session.getId()));
            }
        }
    }

    /** Tells the registry when a session ends. */
    @WebListener
    public static class Ends implements HttpSessionListener {

        @Inject
        private SignedInSessions sessions;

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            sessions.ended(event.getSession());
        }
    }
}
