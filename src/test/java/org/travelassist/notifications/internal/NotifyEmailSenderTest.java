package org.travelassist.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.travelassist.notifications.Email;
import org.travelassist.notifications.EmailSender;

/**
 * GOV.UK Notify through its real Java client, against a local stand-in for its HTTP API that checks what the
 * client sends: the endpoint, a signed bearer token, the template and the personalisation.
 */
class NotifyEmailSenderTest {

    static final String SERVICE_ID = UUID.randomUUID().toString();
    static final String API_KEY = "travel_assist_test-" + SERVICE_ID + "-" + UUID.randomUUID();
    static final String TEMPLATE = UUID.randomUUID().toString();

    HttpServer notify;
    final List<JSONObject> received = new ArrayList<>();
    final List<String> tokens = new ArrayList<>();
    int status = 201;

    @BeforeEach
    void startFakeNotify() throws Exception {
        notify = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notify.createContext("/v2/notifications/email", exchange -> {
            tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
            received.add(new JSONObject(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] reply = ("{\"id\":\"" + UUID.randomUUID() + "\",\"reference\":null,\"content\":{\"body\":\"b\",\"subject\":\"s\","
                    + "\"from_email\":\"travel@notifications.service.gov.uk\"},\"uri\":\"https://x\",\"template\":{\"id\":\"" + TEMPLATE
                    + "\",\"version\":1,\"uri\":\"https://x\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        notify.start();
    }

    @AfterEach
    void stop() {
        notify.stop(0);
    }

    EmailSender sender() {
        return new MailConfiguration().notifyEmailSender(API_KEY, "http://127.0.0.1:" + notify.getAddress().getPort(), TEMPLATE);
    }

    @Test
    void an_email_is_sent_as_the_template_with_subject_and_body_signed_with_the_service_key() {
        sender().send(new Email("priya.shah@example.com", "We have received your application: TA-2026-000123", "Thank you."));

        assertThat(received).singleElement().satisfies(body -> {
            assertThat(body.getString("template_id")).isEqualTo(TEMPLATE);
            assertThat(body.getString("email_address")).isEqualTo("priya.shah@example.com");
            assertThat(body.getJSONObject("personalisation").getString("subject")).isEqualTo("We have received your application: TA-2026-000123");
            assertThat(body.getJSONObject("personalisation").getString("body")).isEqualTo("Thank you.");
        });
        String token = tokens.getFirst();
        assertThat(token).startsWith("Bearer ");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.substring(7).split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(new JSONObject(claims).getString("iss")).isEqualTo(SERVICE_ID);
    }

    @Test
    void a_refusal_from_notify_is_an_exception_so_the_email_is_tried_again() {
        status = 500;
        assertThatThrownBy(() -> sender().send(new Email("a@example.com", "s", "b")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HTTP 500");
    }
}
