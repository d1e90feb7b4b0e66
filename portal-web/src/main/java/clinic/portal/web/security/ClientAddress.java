package clinic.portal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The address of the client a request comes from, for the per-address sign-in throttle. Behind a load balancer every
 * connection comes from the balancer, which puts the client's address last in {@code X-Forwarded-For}; that header is
 * believed only on a connection from a proxy named in {@code PORTAL_TRUSTED_PROXIES} (addresses or host names, resolved
 * at start), since anyone else can write any address into it and so escape the throttle.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

    /** Comma-separated (Payara's MicroProfile Config does not inject an {@code Optional<List<String>>}). */
    @Inject
    @ConfigProperty(name = "portal.trusted-proxies")
    private Optional<String> trusted;

    private final Set<String> proxies = new HashSet<>();

    public ClientAddress() {
    }

    /** With these trusted proxies, outside a container. */
    ClientAddress(List<String> trustedProxies) {
        this.trusted = Optional.of(String.join(",", trustedProxies));
        resolve();
    }

    @PostConstruct
    void resolve() {
        for (String proxy : trusted.map(list -> list.split(",")).orElse(new String[0])) {
            if (proxy.isBlank()) {
                continue;
            }
            try {
                for (InetAddress address : InetAddress.getAllByName(proxy.strip())) {
                    proxies.add(address.getHostAddress());
                }
            } catch (UnknownHostException e) {
                LOG.warning(() -> "PORTAL_TRUSTED_PROXIES names " + proxy + ", which does not resolve: ignored");
            }
        }
    }

    public String of(HttpServletRequest request) {
        String connection = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !proxies.contains(connection)) {
            return connection;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        return last.isEmpty() ? connection : last;
    }
}
