package org.travelassist.contributions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.travelassist.contributions.ChargeDetails;
import org.travelassist.contributions.ChargeNotFoundException;
import org.travelassist.shared.GovukDates;

/** The contributions module's records for its services: repositories, today, the details pages show, the audit. */
@Component
public class ChargeRecords {

    public static final String CHARGE = "Charge";

    public final ChargeRepository charges;
    public final ChargeApplicationRepository applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChargeRecords(ChargeRepository charges, ChargeApplicationRepository applications, ApplicationEventPublisher events, Clock clock) {
        this.charges = charges;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return GovukDates.today(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }

    public Charge charge(UUID id) {
        return charges.findById(id).orElseThrow(() -> new ChargeNotFoundException(id));
    }

    public Charge chargeOfInstalment(UUID instalmentId) {
        return charges.findByInstalment(instalmentId).orElseThrow(() -> new ChargeNotFoundException(instalmentId));
    }

    public ChargeDetails details(Charge charge) {
        var application = applications.findById(charge.applicationId()).orElseThrow();
        int of = charge.instalments().size();
        return new ChargeDetails(charge.getId(), charge.applicationId(), application.reference(), charge.householdId(),
                application.childName(), charge.kind(), charge.total(), charge.reason(), charge.setByName(), charge.setAt(),
                charge.instalments().stream().map(i -> new ChargeDetails.Instalment(i.getId(), i.number(), of, i.amount(), i.dueOn(),
                        i.status(), i.paidOn(), i.refundedOn(), i.refundReason())).toList());
    }

    /** The charge's fields as text, for the audit trail's before and after. */
    public static Map<String, @Nullable String> state(Charge charge) {
        Map<String, @Nullable String> state = new LinkedHashMap<>();
        state.put("kind", charge.kind().name());
        state.put("total", charge.total().formatted());
        state.put("reason", charge.reason());
        for (ChargeInstalment i : charge.instalments()) {
            state.put("instalment " + i.number(), i.amount() + " due " + i.dueOn() + ": " + i.status()
                    + (i.refundReason() == null ? "" : " (" + i.refundReason() + ")"));
        }
        return state;
    }
}
