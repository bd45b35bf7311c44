package org.travelassist.payments.stripe.local;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The fake's stand-in for Stripe's hosted Checkout page: the amount, a Pay button and a way back. No card number is
 * asked for; paying completes the session and raises checkout.session.completed, as Stripe does.
 */
final class CheckoutPage {

    private CheckoutPage() {}

    static void handle(Checkout stripe, HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/"); // "", "checkout", id, [pay|cancel]
        var session = parts.length >= 3 ? stripe.openSession(parts[2]) : null;
        if (session == null) {
            Wire.respond(exchange, 404, page("Payment not found",
                    "<p class=\"govuk-body\">This payment page has expired or has already been used.</p>"));
            return;
        }
        String id = parts[2];
        if (parts.length == 4 && parts[3].equals("pay") && exchange.getRequestMethod().equals("POST")) {
            redirect(exchange, stripe.completeSession(id));
            return;
        }
        if (parts.length == 4 && parts[3].equals("cancel")) {
            redirect(exchange, stripe.cancelUrl(id));
            return;
        }
        long pence = session.get("amount_total").getAsLong();
        String amount = "£" + String.format(Locale.UK, "%,d.%02d", pence / 100, pence % 100);
        String name = HtmlUtils.htmlEscape(session.get("_name").getAsString());
        Wire.respond(exchange, 200, page("Pay " + amount, """
                <p class="govuk-body">%s</p>
                <p class="govuk-body">This is the demo payment page: no card is charged.</p>
                <form method="post" action="/checkout/%s/pay">
                  <button type="submit" id="checkout-pay" class="govuk-button">Pay %s</button>
                </form>
                <p class="govuk-body"><a id="checkout-cancel" href="/checkout/%s/cancel">Cancel and go back</a></p>
                """.formatted(name, id, amount, id)));
    }

    private static String page(String title, String content) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s - Stripe test mode</title>
                <style>body{font-family:Arial,sans-serif;margin:2rem;color:#0b0c0c}
                .govuk-button{background:#00703c;color:#fff;border:0;padding:.6rem 1rem;font-size:1.1rem}
                a{color:#1d70b8}</style></head>
                <body><main id="main-content"><h1>%s</h1>%s</main></body>
                </html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title), content);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }
}
