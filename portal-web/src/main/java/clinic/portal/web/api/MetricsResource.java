package clinic.portal.web.api;

import clinic.portal.ejb.account.Passwords;
import clinic.portal.ejb.account.SignInThrottle;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/**
 * The portal's health figures for its administrators and their monitoring (Prometheus text format, scraped with an
 * administrator's Bearer token). Payara's own {@code /metrics} is turned off (post-boot command) because it answers
 * anyone.
 */
@Path("v1/metrics")
@ApplicationScoped
public class MetricsResource {

    @Inject
    private SignInThrottle throttle;

    @Inject
    private Passwords passwords;

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    @RolesAllowed("ADMIN")
    public String metrics() {
        StringBuilder out = new StringBuilder();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        gauge(out, "jvm_memory_heap_used_bytes", "Heap in use", heap.getUsed());
        gauge(out, "jvm_memory_heap_committed_bytes", "Heap committed", heap.getCommitted());
        gauge(out, "jvm_memory_heap_max_bytes", "Heap maximum", heap.getMax());
        gauge(out, "jvm_threads_live", "Live threads", ManagementFactory.getThreadMXBean().getThreadCount());
        gauge(out, "jvm_uptime_seconds", "Time since the JVM started", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        long collections = 0;
        long collectionMillis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, collector.getCollectionCount());
            collectionMillis += Math.max(0, collector.getCollectionTime());
        }
        counter(out, "jvm_gc_collections_total", "Garbage collections", collections);
        counter(out, "jvm_gc_collection_seconds_total", "Time spent collecting garbage", collectionMillis / 1000.0);
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        gauge(out, "system_load_average_1m", "Load average over a minute", os.getSystemLoadAverage());
        gauge(out, "system_cpu_count", "Processors", os.getAvailableProcessors());
        gauge(out, "portal_signin_throttled_usernames", "Usernames whose sign-ins are being slowed down",
                throttle.slowedUsernames());
        gauge(out, "portal_password_checks_in_progress", "Password checks running now", passwords.checksInProgress());
        counter(out, "portal_password_checks_turned_away_total",
                "Sign-ins turned away because as many passwords were being checked as allowed", passwords.turnedAway());
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String help, double value) {
        metric(out, "gauge", name, help, value);
    }

    private static void counter(StringBuilder out, String name, String help, double value) {
        metric(out, "counter", name, help, value);
    }

    private static void metric(StringBuilder out, String type, String name, String help, double value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(' ').append(type).append('\n')
                .append(name).append(' ').append(value == Math.rint(value) && !Double.isInfinite(value)
                        ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.3f", value)).append('\n');
    }
}
