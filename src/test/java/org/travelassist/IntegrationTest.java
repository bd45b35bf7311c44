package org.travelassist;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test that boots the portal: one Spring context for every integration test (same annotation, same
 * configuration), serving on a random port with a real PostgreSQL and the local identity provider, so that
 * browserless view tests and Playwright journeys share one running app. Mail goes to {@link TestMailServer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "test"})
@ContextConfiguration(initializers = TestMailServer.class)
@Import({TestClock.class, TestEvents.class, TestMeasuringCalls.class})
public @interface IntegrationTest {}
