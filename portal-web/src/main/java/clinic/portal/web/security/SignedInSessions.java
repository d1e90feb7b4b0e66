package clinic.portal.web.security;

import clinic.portal.domain.account.Role;
import clinic.portal.ejb.cluster.SharedCaches;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import javax.cache.Cache;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is signed in to each HTTP session, on every node, and the ending of a person's sessions everywhere (a password
 * change, a reset, disabling the account, "sign out everywhere").
 * <p>
 * The caller is kept in the session itself ({@code username role signed-in-millis}, a string), which the cluster
 * replicates: a node that receives a session another node served (that node stopped) signs the caller in again from
 * it, so nobody signs in twice because a node died. Ending a person's sessions writes a mark in a cache every node
 * shares ("sessions of this username signed in before this moment are over, except this one"); every node checks a
 * session against it on its next request and ends it there. A mark need only outlive the session timeout: a session
 * that makes no request for that long has ended anyway. This node's own sessions of the username are ended at once too.
 */
@ApplicationScoped
public class SignedInSessions {

    static final String CALLER = SignedInSessions.class.getName() + ".caller";
    static final String ENDED = "clinic-portal.sessions-ended";

    @Inject
    private Clock clock;

    @Inject
    private SharedCaches caches;

    /** username → {@code ended-at-millis session-id-kept} (the id may be empty). */
    private Cache<String, String> ended;

    /** This node's sessions by username, to end them at once. */
    private final Map<String, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    /** Who a session belongs to. */
    public record Caller(String username, Role role, long signedInAt) {

        static Optional<Caller> of(Object kept) {
            if (!(kept instanceof String text)) {
                return Optional.empty();
            }
            String[] parts = text.split(" ");
            return parts.length == 3
                    ? Optional.of(new Caller(parts[0], Role.valueOf(parts[1]), Long.parseLong(parts[2])))
                    : Optional.empty();
        }

        String kept() {
            return username + " " + role.name() + " " + signedInAt;
        }
    }

    @PostConstruct
    void open() {
        // Sessions time out after 30 minutes without a request (web.xml); an hour leaves a margin.
        ended = caches.get(ENDED, String.class, Duration.ofHours(1));
    }

    /** The session now belongs to this signed-in person. */
    public void register(String username, Role role, HttpSession session) {
        session.setAttribute(CALLER, new Caller(username, role, clock.millis()).kept());
        sessions.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /**
     * Who the session belongs to, unless their sessions were ended since they signed in (on any node): then the
     * session is ended here, and nobody is signed in to it.
     */
    public Optional<Caller> caller(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Optional<Caller> caller;
        try {
            caller = Caller.of(session.getAttribute(CALLER));
        } catch (IllegalStateException alreadyEnded) {
            return Optional.empty();
        }
        if (caller.isPresent() && isEnded(caller.get(), session.getId())) {
            end(session);
            return Optional.empty();
        }
        return caller;
    }

    private boolean isEnded(Caller caller, String sessionId) {
        String mark = ended.get(caller.username());
        if (mark == null) {
            return false;
        }
        int space = mark.indexOf(' ');
        long endedAt = Long.parseLong(mark.substring(0, space));
        return caller.signedInAt() < endedAt && !mark.substring(space + 1).equals(sessionId);
    }

    /** Ends every session of the username, on every node, but the one given (which may be null: every session). */
    public void endAll(String username, HttpSession keep) {
        ended.put(username, clock.millis() + " " + (keep == null ? "" : keep.getId()));
        Set<HttpSession> theirs = sessions.getOrDefault(username, Set.of());
        for (HttpSession session : Set.copyOf(theirs)) {
            if (keep == null || !session.getId().equals(keep.getId())) {
                theirs.remove(session);
                end(session);
            }
        }
    }

    private static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // Ended meanwhile: nothing to do.
        }
    }

    /** A session ended (signed out, timed out or invalidated here): forget it. */
    void ended(HttpSession session) {
        Optional<Caller> caller;
        try {
            caller = Caller.of(session.getAttribute(CALLER));
        } catch (IllegalStateException alreadyEnded) {
            return;
        }
        caller.ifPresent(c -> {
            Set<HttpSession> theirs = sessions.get(c.username());
            if (theirs != null) {
                theirs.removeIf(s -> s.getId().equals(session.getId()));
            }
        });
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
