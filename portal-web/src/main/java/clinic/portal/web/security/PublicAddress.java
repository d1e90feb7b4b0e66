package clinic.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Where people reach the portal ({@code PORTAL_PUBLIC_URL}, such as {@code https://portal.example-clinic.org}), when
 * it is set. Behind a proxy that ends TLS, the portal itself is spoken to over plain HTTP: this is how it knows that
 * its cookies must still be {@code Secure}.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "portal.public-url")
    private Optional<String> url;

    /** The configured address, without a trailing slash; empty when none is configured (a developer's machine). */
    public Optional<String> url() {
        return url.map(u -> u.replaceAll("/+$", ""));
    }

    public boolean isHttps() {
        return url.map(u -> u.regionMatches(true, 0, "https://", 0, 8)).orElse(false);
    }
}
