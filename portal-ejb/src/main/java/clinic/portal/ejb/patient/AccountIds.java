package clinic.portal.ejb.patient;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Account ids by username, remembered so that recording a session (the API's busiest call) needs no query to know who
 * is calling. Usernames never change and accounts are never deleted, so an entry never goes stale; the map is bounded
 * (emptied when full) so that it cannot grow with every username ever seen.
 */
@ApplicationScoped
public class AccountIds {

    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    public long of(String username, Function<String, Long> lookup) {
        Long id = ids.get(username);
        if (id != null) {
            return id;
        }
        long found = lookup.apply(username);
        if (ids.size() >= MAX_ENTRIES) {
            ids.clear();
        }
        ids.put(username, found);
        return found;
    }
}
