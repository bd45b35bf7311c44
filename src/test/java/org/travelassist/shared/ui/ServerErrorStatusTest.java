package org.travelassist.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The "sorry" page says 503 while the database is out of reach, so nothing mistakes an outage for a bug. */
class ServerErrorStatusTest {

    @Test
    void a_database_out_of_reach_is_503_and_anything_else_500() {
        assertThat(ServerErrorView.status(new IllegalStateException("wrapped",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))).isEqualTo(503);
        assertThat(ServerErrorView.status(new QueryTimeoutException("statement timeout"))).isEqualTo(503);
        // A transaction that could not begin is no DataAccessException: PostgreSQL stopped under load showed it as 500.
        assertThat(ServerErrorView.status(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new org.hibernate.exception.JDBCConnectionException("Unable to acquire JDBC Connection",
                        new java.sql.SQLException("Connection refused", "08001"))))).isEqualTo(503);
        assertThat(ServerErrorView.status(new NullPointerException())).isEqualTo(500);
    }
}
