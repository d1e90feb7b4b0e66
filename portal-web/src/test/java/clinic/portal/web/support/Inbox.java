package clinic.portal.web.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/** Test-only: the real SMTP server (GreenMail) the tests that send mail start, where the test deployment sends. */
public final class Inbox {

    /** Where the test deployment's {@code PORTAL_MAIL_HOST} and port point (arquillian.xml). */
    public static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private Inbox() {
    }

    /** The messages the server received for this address, in the order they came. */
    public static List<MimeMessage> to(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
