package org.travelassist.eligibility.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.travelassist.IntegrationTest;
import org.travelassist.eligibility.CheckRequest;
import org.travelassist.eligibility.EligibilityService;
import org.travelassist.shared.Postcode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API over real HTTP. Every request here comes from one client address, so the rate-limit test runs last
 * (the test profile allows 20 requests a minute) and no other test class calls the API.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EligibilityApiIT {

    @LocalServerPort int port;
    @Autowired JsonMapper json;
    @Autowired EligibilityService eligibility;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/eligibility/checks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void a_check_gives_the_same_answer_as_the_checker_page() throws Exception {
        var response = post("""
                {"postcode": "pe93te", "dateOfBirth": "2014-05-01"}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        var page = eligibility.check(new CheckRequest(new Postcode("PE9 3TE"), LocalDate.of(2014, 5, 1), null, false, false, null)).result();
        assertThat(answer.get("provisional").asBoolean()).isTrue();
        assertThat(answer.get("outcome").asString()).isEqualTo("ELIGIBLE").isEqualTo(page.outcome().name());
        assertThat(answer.get("school").get("name").asString()).isEqualTo("Casterton College Rutland");
        assertThat(answer.get("school").get("walking").get("metres").asLong()).isEqualTo(page.school().walking().metresRounded());
        assertThat(answer.get("school").get("walking").get("miles").decimalValue()).isEqualTo(page.school().walking().milesRounded());
        assertThat(answer.get("policyVersion").asString()).isEqualTo("RUTLAND-2026-1");
        assertThat(answer.get("indicative").asBoolean()).isFalse();
        assertThat(answer.get("categories")).hasSize(6);
        assertThat(answer.get("walkingRoute").size()).isGreaterThan(10);
        assertThat(answer.get("attribution").asString()).isEqualTo("© OpenStreetMap contributors");
        assertThat(response.headers().firstValue("X-RateLimit-Remaining")).isPresent();
    }

    @Test
    @Order(2)
    void every_problem_is_a_400_problem_detail_naming_its_field() throws Exception {
        var response = post("""
                {"postcode": "LE15", "dateOfBirth": "2099-01-01", "schoolUrn": "1"}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString() + ": " + error.get("message").asString()))
                .containsExactly(
                        "dateOfBirth: Date of birth must be in the past",
                        "postcode: Enter a real postcode, like LE15 6HQ",
                        "schoolUrn: There is no open school with URN 1");
    }

    @Test
    @Order(3)
    void missing_answers_an_unknown_postcode_and_broken_json_are_400s() throws Exception {
        JsonNode missing = json.readTree(post("{}").body());
        assertThat(missing.get("errors").valueStream().map(error -> error.get("field").asString() + ": " + error.get("message").asString()))
                .as("the same words as the checker page").containsExactly("dateOfBirth: Enter your child's date of birth", "postcode: Enter your home postcode");

        var unknown = post("""
                {"postcode": "LE15 1AA", "dateOfBirth": "2014-05-01"}
                """);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("We cannot find LE15 1AA. Check it, or if your home is new, call Rutland County Council on 01572 722577.");
        assertThat(post("""
                {"postcode": "SW1A 1AA", "dateOfBirth": "2014-05-01"}
                """).body()).contains("SW1A 1AA is not in Rutland. Contact Westminster City Council");

        var notADate = post("""
                {"postcode": "LE15 6HQ", "dateOfBirth": "1 May 2014"}
                """);
        assertThat(notADate.body()).contains("Date of birth must be a real date, like 2014-05-01");

        var broken = post("{\"postcode\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("not valid JSON");
    }

    @Test
    @Order(4)
    void the_api_is_documented_with_openapi() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode spec = json.readTree(response.body());
        assertThat(spec.get("paths").has("/api/eligibility/checks")).isTrue();
        assertThat(spec.get("info").get("title").asString()).isEqualTo("Travel Assist API");
        assertThat(response.body()).contains("problem details naming each field").contains("Retry-After");
    }

    @Test
    @Order(5)
    void a_field_the_checker_does_not_ask_is_a_400_naming_it_rather_than_silently_ignored() throws Exception {
        var response = post("""
                {"postcode": "PE9 3TE", "dateOfBirth": "2014-05-01", "lowincome": true}
                """);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("lowincome");
        assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("The checker does not ask about lowincome.");

        var wrongKind = post("""
                {"postcode": "PE9 3TE", "dateOfBirth": "2014-05-01", "sex": "unknown"}
                """);
        assertThat(wrongKind.body()).contains("Sex must be GIRL or BOY");
    }

    @Test
    @Order(6)
    void wrong_methods_content_types_and_big_bodies_are_problem_details_not_a_sign_in_page() throws Exception {
        URI checks = URI.create("http://localhost:" + port + "/api/eligibility/checks");
        var noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        var get = noRedirects.send(HttpRequest.newBuilder(checks).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        var form = noRedirects.send(HttpRequest.newBuilder(checks).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("postcode=PE93TE")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        String big = "{\"postcode\": \"PE9 3TE\", \"dateOfBirth\": \"2014-05-01\", \"religionOrBelief\": \"" + "x".repeat(5000) + "\"}";
        var sized = noRedirects.send(HttpRequest.newBuilder(checks).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sized.statusCode()).isEqualTo(413);
        assertThat(json.readTree(sized.body()).get("title").asString()).isEqualTo("Request too large");

        var chunked = noRedirects.send(HttpRequest.newBuilder(checks).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as("no Content-Length: counted as it is read").isEqualTo(413);

        var small = noRedirects.send(HttpRequest.newBuilder(checks).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        "{\"postcode\": \"PE9 3TE\", \"dateOfBirth\": \"2014-05-01\"}".getBytes()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).as("a small chunked body is read once and answered").isEqualTo(200);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_client_sending_too_many_requests_is_told_when_to_try_again() throws Exception {
        HttpResponse<String> response = null;
        for (int i = 0; i < 25 && (response == null || response.statusCode() != 429); i++) {
            response = post("{}");
        }
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(json.readTree(response.body()).get("title").asString()).isEqualTo("Too many requests");
    }
}
