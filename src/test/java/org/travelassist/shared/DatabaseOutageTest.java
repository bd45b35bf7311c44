package org.travelassist.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * PostgreSQL stopped under load: a transaction that cannot begin (as the sign-in's callback met it, outside any
 * view or controller) is a 503 with Retry-After and a plain "Sorry" page, not the container's 500.
 */
class DatabaseOutageTest {

    /** What Spring's JPA transaction manager threw while PostgreSQL was stopped in the two-node drill. */
    private static CannotCreateTransactionException transactionThatCouldNotBegin() {
        var refused = new SQLException("Connection to 127.0.0.1:55432 refused", "08001", new ConnectException("Connection refused"));
        return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to acquire JDBC Connection", refused));
    }

    /**
     * What Spring threw when PostgreSQL stopped in the middle of a request (the drill, re-run): the statement's I/O
     * error made the pool close the connection, and the rollback then failed on it; only the rollback's failure is thrown.
     */
    private static JpaSystemException rollbackOnAConnectionThatBroke() {
        return new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
    }

    @Test
    void a_rollback_on_a_connection_the_pool_closed_is_an_outage() {
        assertThat(DatabaseOutage.isCause(new ServletException("Request processing failed", rollbackOnAConnectionThatBroke()))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Connection is closed", "42000"))).as("only the pool's, which has no SQLState")
                .isFalse();
        assertThat(DatabaseOutage.isCause(new JpaSystemException(new TransactionException("Unable to commit", new SQLException("a bug")))))
                .isFalse();
    }

    @Test
    void a_connection_refused_anywhere_in_the_causes_is_an_outage_and_other_failures_are_not() {
        assertThat(DatabaseOutage.isCause(new ServletException("Request processing failed", transactionThatCouldNotBegin()))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("the connection was closed", "08006"))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void the_filter_answers_an_outage_with_503_retry_after_and_the_sorry_page() throws Exception {
        var response = new MockHttpServletResponse();
        new DatabaseOutage().doFilter(new MockHttpServletRequest("GET", "/login/oauth2/code/families"), response, (request, answer) -> {
            throw new ServletException("Request processing failed", transactionThatCouldNotBegin());
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseOutage.RETRY_AFTER_SECONDS);
        assertThat(response.getContentAsString()).contains("Sorry, there is a problem with the service", "Try again");
    }

    @Test
    void the_filter_lets_any_other_failure_through_as_it_was() {
        var bug = new IllegalStateException("a bug");
        assertThatThrownBy(() -> new DatabaseOutage().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                (request, answer) -> {
                    throw bug;
                })).isSameAs(bug);
    }
}
