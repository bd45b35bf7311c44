package org.travelassist.shared;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * PostgreSQL out of reach for a moment (restarting, or every connection busy past the pool's timeout). Whatever
 * layer it surfaces in, it is a temporary refusal, 503 with Retry-After, not a bug (500). A transaction that could
 * not begin surfaces as {@link CannotCreateTransactionException}, which is no {@code DataAccessException}: seen when
 * PostgreSQL was stopped under load (docs/benchmarks.md, "PostgreSQL restarted under load").
 * <p>As a servlet filter around everything else (the sign-in's callback runs in Spring Security's filters, outside
 * any controller or Vaadin view): such a failure gets a plain "Sorry" page with 503 and Retry-After instead of the
 * container's 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseOutage implements Filter {

    /** Seconds a caller is asked to wait: about as long as a PostgreSQL restart or a failover takes. */
    public static final String RETRY_AFTER_SECONDS = "10";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Sorry, there is a problem with the service</title></head>
            <body><main><h1>Sorry, there is a problem with the service</h1><p>Try again in a few minutes.</p>
            <p>Nothing you have already sent has been lost.</p></main></body></html>
            """;

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || isClosedByThePool(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A request whose connection broke under it (PostgreSQL stopping mid-transaction): the pool closes a connection
     * that failed so, and the rollback that follows then fails on it with Hikari's "Connection is closed", which has no
     * SQLState. Spring reports that rollback ({@code JpaSystemException: Unable to rollback against JDBC Connection})
     * instead of the I/O error before it; seen twice when the two-node drill stopped PostgreSQL under load.
     */
    private static boolean isClosedByThePool(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isCause(e) || response.isCommitted() || !(response instanceof HttpServletResponse http)) {
                throw e;
            }
            log.warn("Request refused for now: the database is out of reach ({})", e.toString());
            http.reset();
            http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            http.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            http.setHeader("Cache-Control", "no-store");
            http.setContentType("text/html;charset=UTF-8");
            http.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
    }
}
