package clinic.portal.ejb.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/**
 * The mail server, from MicroProfile Config ({@code PORTAL_MAIL_HOST}, {@code _PORT}, {@code _STARTTLS},
 * {@code _USER}, {@code _PASSWORD}, {@code _FROM}) and the portal's public address for links ({@code PORTAL_PUBLIC_URL}).
 * Without a host nothing is sent: messages wait in the outbox and administrators are told why.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "portal.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "Clinic Portal <no-reply@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Whether a mail server is configured; without one, messages are kept and not sent. */
    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    /** An absolute link to a page of the portal, for an email. */
    public String link(String path) {
        return publicUrl.replaceAll("/+$", "") + path;
    }

    /** A Jakarta Mail session for the configured server (STARTTLS required when on; timeouts so a dead server fails). */
    public Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.orElseThrow(() -> new IllegalStateException("No mail server configured")));
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        if (starttls) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (user.isPresent() && !user.get().isBlank()) {
            properties.put("mail.smtp.auth", "true");
            String name = user.get();
            String secret = password.orElse("");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(name, secret);
                }
            });
        }
        return Session.getInstance(properties);
    }
}
