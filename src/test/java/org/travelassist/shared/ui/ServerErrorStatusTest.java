package org.travelassist.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** The "sorry" page says 503 while the database is out of reach, so nothing mistakes an outage for a bug. */
class ServerErrorStatusTest {

    @Test
    void a_database_out_of_reach_is_503_and_anything_else_500() {
        assertThat(ServerErrorView.status(new IllegalStateException("wrapped",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))).isEqualTo(503);
        assertThat(ServerErrorView.status(new QueryTimeoutException("statement timeout"))).isEqualTo(503);
        assertThat(ServerErrorView.status(new NullPointerException())).isEqualTo(500);
    }
}
