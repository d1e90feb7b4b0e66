package clinic.portal.ejb.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import java.util.concurrent.TimeUnit;

/**
 * Caches every node of the portal shares: JCache (JSR 107) as Payara provides it, backed by the Hazelcast data grid
 * of the nodes' cluster, so that an entry one node writes or removes is written or removed for all. Keys and values
 * are JDK types only (strings, arrays of numbers), which every member can read whatever application wrote them.
 * An entry expires a set time after it was last written; Hazelcast bounds each cache's size besides.
 */
@ApplicationScoped
public class SharedCaches {

    @Inject
    private CacheManager manager;

    /** The cache of that name, made on first use with this expiry (the first node to make it decides). */
    public <V> Cache<String, V> get(String name, Class<V> values, java.time.Duration expireAfterWrite) {
        synchronized (this) {
            Cache<String, V> cache = manager.getCache(name, String.class, values);
            if (cache != null) {
                return cache;
            }
            try {
                return manager.createCache(name, new MutableConfiguration<String, V>()
                        .setTypes(String.class, values)
                        .setStoreByValue(true)
                        .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                                new Duration(TimeUnit.MILLISECONDS, expireAfterWrite.toMillis()))));
            } catch (javax.cache.CacheException madeMeanwhile) {
                // Another node (or thread) made it first.
                return manager.getCache(name, String.class, values);
            }
        }
    }
}
