package clinic.portal.ejb.clinic;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work the portal does on its own every so often, on every node (a {@code @Singleton @Startup} subclass): a
 * non-persistent interval timer, so no node replays missed ticks after a restart (the database is the memory), and
 * an interval of 0 turns it off (as the tests do, to run the work when they choose). A tick that fails is logged and
 * the next one tries again.
 */
public abstract class PeriodicTask {

    private static final Logger LOG = Logger.getLogger(PeriodicTask.class.getName());

    @Resource
    private TimerService timers;

    private final String intervalKey;
    private final long defaultSeconds;

    /**
     * @param intervalKey    the MicroProfile Config key of the seconds between runs (0 or less: never)
     * @param defaultSeconds the seconds between runs when the key is not set
     */
    protected PeriodicTask(String intervalKey, long defaultSeconds) {
        this.intervalKey = intervalKey;
        this.defaultSeconds = defaultSeconds;
    }

    protected abstract void run();

    @PostConstruct
    void start() {
        long seconds = ConfigProvider.getConfig().getOptionalValue(intervalKey, Long.class).orElse(defaultSeconds);
        if (seconds > 0) {
            timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig(null, false));
        }
    }

    @Timeout
    void tick() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, getClass().getSimpleName() + " failed this time; the next run tries again", e);
        }
    }
}
