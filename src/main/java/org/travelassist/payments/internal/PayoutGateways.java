package org.travelassist.payments.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The gateways a run may be paid through: the BACS file always, and each one-at-a-time {@link PayoutGateway} that is
 * configured (Stripe, when it has its keys) and offered by {@link PaymentSettings}. Each run is paid through the
 * gateway it was created with, so a council can pilot Stripe beside BACS. Checked at startup: a gateway offered but
 * not configured stops the portal starting, rather than failing a run later.
 */
@Component
public class PayoutGateways {

    private final PaymentSettings settings;
    private final List<PayoutGateway> configured;

    PayoutGateways(PaymentSettings settings, ObjectProvider<PayoutGateway> configured) {
        this.settings = settings;
        this.configured = configured.orderedStream().toList();
        for (String name : settings.offered()) {
            if (!PaymentSettings.paysByFile(name) && find(name).isEmpty()) {
                throw new IllegalStateException("Payments are to be made through " + name + " (travelassist.payments.gateway or "
                        + "other-gateways), but it is not configured: for stripe, set STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET");
            }
        }
    }

    /** The default first, then the others finance may choose. */
    public List<String> offered() {
        return settings.offered();
    }

    public String byDefault() {
        return settings.gateway();
    }

    public boolean isOffered(String name) {
        return settings.offered().contains(name);
    }

    /** The gateway that pays a run payment by payment; empty for the BACS file, or one not configured. */
    public Optional<PayoutGateway> find(String name) {
        return configured.stream().filter(gateway -> gateway.name().equals(name)).findFirst();
    }
}
