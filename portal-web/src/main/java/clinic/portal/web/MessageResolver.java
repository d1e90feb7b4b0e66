package clinic.portal.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.omnifaces.util.Messages;

/**
 * Lets backing beans add Faces messages by bundle key ({@code Messages.addError(id, "signin.failed")}), so
 * every sentence a person reads comes from {@link Texts#BUNDLE}.
 */
@WebListener
public class MessageResolver implements ServletContextListener {

    public static final String BUNDLE = Texts.BUNDLE;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver(Texts::get);
    }
}
