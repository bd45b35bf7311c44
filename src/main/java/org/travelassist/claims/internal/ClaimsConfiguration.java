package org.travelassist.claims.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.travelassist.claims.MileagePolicies;

/** Binds the council's mileage policies ({@code travelassist.mileage.policies}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MileagePolicies.class)
class ClaimsConfiguration {}
