package clinic.portal.ejb.account;

import clinic.portal.domain.account.FailedSignIns;
import clinic.portal.domain.account.SignInDelays;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * The counts live in this node's memory, bounded in size; they are lost on restart, which only forgives.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Keys kept per map before forgotten and harmless ones are dropped. */
    static final int MAX_KEYS = 100_000;

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

    private final Map<String, FailedSignIns> byUsername = new ConcurrentHashMap<>();
    private final Map<String, FailedSignIns> byAddress = new ConcurrentHashMap<>();

    @PostConstruct
    void readDelays() {
        perUsername = new SignInDelays(usernameFree, Duration.ofSeconds(1), Duration.ofSeconds(usernameMaxDelay),
                Duration.ofHours(1));
        perAddress = new SignInDelays(addressFree, Duration.ofSeconds(1), Duration.ofSeconds(addressMaxDelay),
                Duration.ofHours(1));
    }

    /** How long this attempt must wait before it is heard: zero when it may go ahead now. */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration byName = waitOf(byUsername.get(key(username)), now, perUsername);
        Duration byClient = address == null ? Duration.ZERO : waitOf(byAddress.get(address), now, perAddress);
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
        FailedSignIns failures = byUsername.get(key(username));
        return failures != null && failures.isSlowingAt(clock.instant(), perUsername);
    }

    /** How many usernames are being slowed down now, for the metrics. */
    public long slowedUsernames() {
        Instant now = clock.instant();
        return byUsername.values().stream().filter(f -> f.isSlowingAt(now, perUsername)).count();
    }

    private static Duration waitOf(FailedSignIns failures, Instant now, SignInDelays delays) {
        return failures == null ? Duration.ZERO : failures.waitAt(now, delays);
    }

    private static FailedSignIns count(Map<String, FailedSignIns> counts, String key, Instant now, SignInDelays delays) {
        if (counts.size() >= MAX_KEYS) {
            counts.values().removeIf(f -> f.isForgottenAt(now, delays) || !f.isSlowingAt(now, delays));
        }
        return counts.compute(key, (k, earlier) -> FailedSignIns.next(earlier, now, delays));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
