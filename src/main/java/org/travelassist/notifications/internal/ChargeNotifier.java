package org.travelassist.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.contributions.InstalmentPaid;
import org.travelassist.contributions.InstalmentRefunded;
import org.travelassist.notifications.Email;
import org.travelassist.notifications.EmailSender;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;

/** Tells a family, after it committed, that the council received a payment from them, or gave one back and why. */
@Component
class ChargeNotifier {

    private final EmailSender sender;
    private final HouseholdAccess households;
    private final String portalUrl;
    private final CouncilProfile council;

    ChargeNotifier(EmailSender sender, HouseholdAccess households, @Value("${travelassist.public-url}") String portalUrl,
            CouncilProfile council) {
        this.sender = sender;
        this.households = households;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
        this.council = council;
    }

    @ApplicationModuleListener
    void on(InstalmentPaid paid) {
        String body = "Thank you. We received your payment of " + paid.amount() + " on " + GovukDates.day(paid.paidOn()) + " for the "
                + paid.kind().label.toLowerCase(java.util.Locale.UK) + " (" + paid.name().toLowerCase(java.util.Locale.UK) + ").\n\n"
                + "See what you have paid and what is still to pay: " + portalUrl + "charges/" + paid.chargeId()
                + "\n\n" + signature();
        households.parentEmails(paid.householdId())
                .forEach(to -> sender.send(new Email(to, "We received your payment of " + paid.amount(), body)));
    }

    @ApplicationModuleListener
    void on(InstalmentRefunded refunded) {
        String body = "We have refunded " + refunded.amount() + " to the card you paid with, for the "
                + refunded.kind().label.toLowerCase(java.util.Locale.UK) + " (" + refunded.name().toLowerCase(java.util.Locale.UK) + ").\n\n"
                + "Why: " + refunded.reason() + "\n\n"
                + "It can take 5 to 10 days to reach your account. See the charge: " + portalUrl + "charges/" + refunded.chargeId()
                + "\n\n" + signature();
        households.parentEmails(refunded.householdId())
                .forEach(to -> sender.send(new Email(to, "We have refunded " + refunded.amount() + " to your card", body)));
    }

    private String signature() {
        return council.team() + ", " + council.name() + ". Call " + council.phone() + " if you need help.";
    }
}
