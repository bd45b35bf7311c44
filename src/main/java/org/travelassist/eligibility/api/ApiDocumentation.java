package org.travelassist.eligibility.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs and /swagger-ui.html say about the API as a whole. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI travelAssistApi() {
        return new OpenAPI().info(new Info()
                .title("Travel Assist API")
                .version("1")
                .description("Provisional eligibility for free home-to-school travel (Education Act 1996 s508B), by the "
                        + "rules and data of the council's checker. Answers are provisional: the council decides. "
                        + "Rate limited per client; problems are RFC 9457 problem details.")
                .license(new License().name("Route data: © OpenStreetMap contributors (ODbL)")));
    }
}
