package org.travelassist;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for the shared test context, on a free port: the portal sends mail over SMTP
 * exactly as in production, and tests read what arrived. One server for the whole run.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail greenMail;

    public static synchronized GreenMail greenMail() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        }
        return greenMail;
    }

    /** Waits up to 5 s for a message to {@code to} whose text contains {@code text}; returns every such text joined. */
    public static String awaitMailTo(String to, String text) {
        try {
            return Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> mailTo(to), found -> found.contains(text));
        } catch (ConditionTimeoutException e) {
            return mailTo(to);
        }
    }

    /** The subject and text of every message to {@code to} so far, joined. */
    private static String mailTo(String to) {
        var texts = new StringBuilder();
        for (var message : greenMail().getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(to)) {
                    texts.append(message.getSubject()).append('\n').append(message.getContent()).append('\n');
                }
            } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return texts.toString();
    }

    /** Stops the server, so that sending fails, and starts it again on the same port when {@code whileDown} returns. */
    public static synchronized void downWhile(Runnable whileDown) {
        int port = greenMail().getSmtp().getPort();
        greenMail.stop();
        try {
            whileDown.run();
        } finally {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port = greenMail().getSmtp().getPort();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("greenmail", Map.of(
                "travelassist.mail.transport", "smtp",
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(port))));
    }
}
