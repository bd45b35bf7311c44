package org.travelassist.shared.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.travelassist.IntegrationTest;

/**
 * The local profile's own pool (the embedded PostgreSQL) takes {@code spring.datasource.hikari.*} as production's does:
 * made by hand, it waited Hikari's default 30 s for a connection while the database was out of reach, not 5 s.
 */
@IntegrationTest
class LocalDatabasePoolIT {

    @Autowired DataSource dataSource;
    @Value("${spring.datasource.hikari.connection-timeout}") long connectionTimeout;

    @Test
    void a_request_waits_for_a_connection_as_long_as_the_settings_say() {
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        assertThat(connectionTimeout).as("application.properties").isEqualTo(5_000);
        assertThat(((HikariDataSource) dataSource).getConnectionTimeout()).isEqualTo(connectionTimeout);
        assertThat(((HikariDataSource) dataSource).getMaximumPoolSize()).as("the pool's own size is kept").isEqualTo(10);
    }
}
