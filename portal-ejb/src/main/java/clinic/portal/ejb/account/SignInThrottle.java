package clinic.portal.ejb.account;

import clinic.portal.domain.account.FailedSignIns;
import clinic.portal.domain.account.SignInDelays;
import clinic.portal.ejb.cluster.SharedCaches;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.cache.Cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down wrong passwords instead of locking accounts: failures are counted per username (from anywhere) and per
 * client address (for any username), and each key waits as {@link SignInDelays} says before its next attempt is
 * heard. An attempt that must wait is answered at once, before any database work or password hashing, so a flood of
 * wrong passwords costs the portal almost nothing.
 * <p>
 * Per username, the wait is capped low (a minute by default), so the owner is slowed, never locked out; per
 * address it may grow longer (five minutes), which stops one client trying many usernames. A successful sign-in
 * clears its username's count (not its address's: one good account must not let an attacker go on guessing others),
 * and an administrator can clear a username's count at once.
 * <p>
 * The counts are shared by every node ({@link SharedCaches}: a guess sent to one node counts on all), each forgotten
 * an hour after its last failure; a cluster that restarts whole loses them, which only forgives.
 */
@ApplicationScoped
public class SignInThrottle {

    static final String BY_USERNAME = "clinic-portal.failed-sign-ins.username";
    static final String BY_ADDRESS = "clinic-portal.failed-sign-ins.address";

    /** Tries of a compare-and-set before a count is given up (only under a storm of failures for one key). */
    private static final int TRIES = 20;

    @Inject
    private SharedCaches caches;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.signin.username.free-failures", defaultValue = "5")
    private int usernameFree;

    @Inject
    @ConfigProperty(name = "portal.signin.username.max-delay-seconds", defaultValue = "60")
    private long usernameMaxDelay;

    @Inject
    @ConfigProperty(name = "portal.signin.address.free-failures", defaultValue = "20")
    private int addressFree;

    @Inject
    @ConfigProperty(name = "portal.signin.address.max-delay-seconds", defaultValue = "300")
    private long addressMaxDelay;

    private SignInDelays perUsername;
    private SignInDelays perAddress;

    /** Failures by username and by address, as {@code count:epochMillisOfTheLast} (JDK types, for every node). */
    private Cache<String, String> byUsername;
    private Cache<String, String> byAddress;

    @PostConstruct
    void readDelays() {
        perUsername = new SignInDelays(usernameFree, Duration.ofSeconds(1), Duration.ofSeconds(usernameMaxDelay),
                Duration.ofHours(1));
        perAddress = new SignInDelays(addressFree, Duration.ofSeconds(1), Duration.ofSeconds(addressMaxDelay),
                Duration.ofHours(1));
        byUsername = caches.get(BY_USERNAME, String.class, Duration.ofHours(1));
        byAddress = caches.get(BY_ADDRESS, String.class, Duration.ofHours(1));
    }

    /** How long this attempt must wait before it is heard: zero when it may go ahead now. */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration byName = waitOf(read(byUsername.get(key(username))), now, perUsername);
        Duration byClient = address == null ? Duration.ZERO : waitOf(read(byAddress.get(address)), now, perAddress);
        return byName.compareTo(byClient) >= 0 ? byName : byClient;
    }

    /**
     * Counts a wrong password.
     *
     * @return whether this failure is the one that starts slowing the username down (worth an audit line)
     */
    public boolean failed(String username, String address) {
        Instant now = clock.instant();
        if (address != null) {
            count(byAddress, address, now, perAddress);
        }
        return count(byUsername, key(username), now, perUsername).count() == perUsername.freeFailures() + 1;
    }

    /** Forgets a username's failures: its owner signed in, or an administrator lifted the delay. */
    public void forget(String username) {
        byUsername.remove(key(username));
    }

    /** Whether attempts on this username are being slowed down now. */
    public boolean isSlowed(String username) {
        FailedSignIns failures = read(byUsername.get(key(username)));
        return failures != null && failures.isSlowingAt(clock.instant(), perUsername);
    }

    /** How many usernames are being slowed down now, for the metrics. */
    public long slowedUsernames() {
        Instant now = clock.instant();
        long slowed = 0;
        for (Cache.Entry<String, String> entry : byUsername) {
            FailedSignIns failures = read(entry.getValue());
            slowed += failures != null && failures.isSlowingAt(now, perUsername) ? 1 : 0;
        }
        return slowed;
    }

    private static Duration waitOf(FailedSignIns failures, Instant now, SignInDelays delays) {
        return failures == null ? Duration.ZERO : failures.waitAt(now, delays);
    }

    /** Counts one more failure for the key, with a compare-and-set, so that failures on two nodes both count. */
    private static FailedSignIns count(Cache<String, String> counts, String key, Instant now, SignInDelays delays) {
        FailedSignIns next = null;
        for (int i = 0; i < TRIES; i++) {
            String earlier = counts.get(key);
            next = FailedSignIns.next(read(earlier), now, delays);
            boolean written = earlier == null ? counts.putIfAbsent(key, write(next))
                    : counts.replace(key, earlier, write(next));
            if (written) {
                return next;
            }
        }
        return next;
    }

    private static FailedSignIns read(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        return new FailedSignIns(Integer.parseInt(stored.substring(0, colon)),
                Instant.ofEpochMilli(Long.parseLong(stored.substring(colon + 1))));
    }

    private static String write(FailedSignIns failures) {
        return failures.count() + ":" + failures.last().toEpochMilli();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
