package org.travelassist.shared;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and checks {@link CouncilProfile} at start-up, so a missing detail stops the portal, not a letter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CouncilProfile.class, RetentionPolicy.class})
class CouncilProfileConfiguration {}
