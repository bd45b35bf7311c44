package org.travelassist.schools;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's register in step with the others: LISTENs on {@link SchoolRegister#CHANNEL} on a connection of
 * its own and reloads when another node says the register changed. After a lost connection it reconnects and
 * reloads, since notifications sent meanwhile are gone.
 */
@Component
class SchoolRegisterListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchoolRegisterListener.class);
    private static final int WAIT_MILLIS = 5_000;

    private final DataSource dataSource;
    private final SchoolRegister register;
    private volatile boolean running;
    private volatile Thread thread;

    SchoolRegisterListener(DataSource dataSource, SchoolRegister register) {
        this.dataSource = dataSource;
        this.register = register;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("school-register-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean reconnected = false;
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement listen = connection.createStatement()) {
                listen.execute("listen " + SchoolRegister.CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                if (reconnected) {
                    register.reload();
                }
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && java.util.Arrays.stream(notifications)
                            .anyMatch(notification -> !register.node.equals(notification.getParameter()))) {
                        register.reload();
                        log.info("School register reloaded: another node changed it");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Not listening for school register changes ({}); trying again in {} s", e.getMessage(), WAIT_MILLIS / 1000);
                reconnected = true;
                try {
                    Thread.sleep(WAIT_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
