package org.travelassist.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.notifications.Email;
import org.travelassist.notifications.EmailSender;
import org.travelassist.payments.PaymentFailed;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;

/** Tells a family, after it committed, that a payment could not be paid and what to do: check their bank details. */
@Component
class PaymentNotifier {

    private final EmailSender sender;
    private final HouseholdAccess households;
    private final String portalUrl;
    private final CouncilProfile council;

    PaymentNotifier(EmailSender sender, HouseholdAccess households, @Value("${travelassist.public-url}") String portalUrl,
            CouncilProfile council) {
        this.sender = sender;
        this.households = households;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
        this.council = council;
    }

    @ApplicationModuleListener
    void on(PaymentFailed event) {
        String body = "We could not pay " + event.amount() + " into your bank account on " + GovukDates.day(event.failedOn()) + ".\n\n"
                + "Your bank said: " + event.reason() + ".\n\n"
                + "Check your bank details, and change them if they are wrong: " + portalUrl + "household/bank-details?continue=payments\n"
                + "We will send the payment again to the new account. See all your payments: " + portalUrl + "payments"
                + "\n\n" + council.team() + ", " + council.name() + ". Call " + council.phone() + " if you need help.";
        households.parentEmails(event.householdId())
                .forEach(to -> sender.send(new Email(to, "A travel payment could not be paid: check your bank details", body)));
    }
}
