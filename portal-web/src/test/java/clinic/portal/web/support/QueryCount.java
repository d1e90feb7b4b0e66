package clinic.portal.web.support;

import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

import java.util.concurrent.Callable;

/**
 * Test-only: counts the SQL statements EclipseLink sends to the database while a piece of work runs on this thread,
 * with EclipseLink's own session events (one {@code preExecuteCall} per statement, batch fetches included; what the
 * shared cache answers sends nothing). Used to pin that a page costs the same number of statements however many
 * patients or sessions there are.
 */
public final class QueryCount {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();
    private static volatile boolean installed;

    private QueryCount() {
    }

    /** Listens on the persistence unit's server session, once; later client sessions copy its listeners. */
    public static synchronized void install(EntityManagerFactory factory) {
        if (!installed) {
            factory.unwrap(Server.class).getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void preExecuteCall(SessionEvent event) {
                    int[] count = COUNTING.get();
                    if (count != null) {
                        count[0]++;
                    }
                }
            });
            installed = true;
        }
    }

    /** How many statements the work sent. */
    public static int of(Callable<?> work) {
        COUNTING.set(new int[1]);
        try {
            work.call();
            return COUNTING.get()[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            COUNTING.remove();
        }
    }
}
