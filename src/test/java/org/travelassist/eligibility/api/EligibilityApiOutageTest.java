package org.travelassist.eligibility.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;
import org.travelassist.shared.DatabaseOutage;

/**
 * PostgreSQL stopping in the middle of a check: Spring throws the rollback's failure on the broken connection, and
 * the API answers it as the outage it is (503, Retry-After), not as a bug; the two-node drill saw it as a 500.
 */
class EligibilityApiOutageTest {

    private final EligibilityApi api = new EligibilityApi(null, null);

    @Test
    void a_rollback_on_a_broken_connection_is_503_with_retry_after() {
        var answer = api.failedPartWay(new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed"))));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo(DatabaseOutage.RETRY_AFTER_SECONDS);
    }

    @Test
    void any_other_such_failure_stays_the_error_it_was() {
        var bug = new JpaSystemException(new TransactionException("Unable to commit", new SQLException("a bug")));
        assertThatThrownBy(() -> api.failedPartWay(bug)).isSameAs(bug);
    }
}
