package org.travelassist.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.claims.AllowanceAccepted;
import org.travelassist.claims.ClaimApproved;
import org.travelassist.claims.ClaimDecided;
import org.travelassist.claims.ClaimReminderDue;
import org.travelassist.claims.ClaimSent;
import org.travelassist.claims.ClaimStatus;
import org.travelassist.notifications.Email;
import org.travelassist.notifications.EmailSender;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;

/** Tells families what became of their mileage claims, and reminds them to claim, after each step committed. */
@Component
class ClaimNotifier {

    private final EmailSender sender;
    private final HouseholdAccess households;
    private final String portalUrl;
    private final CouncilProfile council;

    ClaimNotifier(EmailSender sender, HouseholdAccess households, @Value("${travelassist.public-url}") String portalUrl,
            CouncilProfile council) {
        this.sender = sender;
        this.households = households;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
        this.council = council;
    }

    @ApplicationModuleListener
    void on(AllowanceAccepted event) {
        send(event.householdId(), "Your mileage allowance is accepted", "You have accepted the mileage allowance for "
                + event.schoolName() + ". Claim each month for the days you drove your child to school.");
    }

    @ApplicationModuleListener
    void on(ClaimSent event) {
        send(event.householdId(), "We have received your mileage claim: " + event.reference(), "Your claim for " + event.period()
                + " (" + event.amount().formatted() + ") is with the school, which confirms the days your child attended. "
                + "The council then approves it and pays it into your bank account."
                + (event.adviserName() == null ? "" : "\n\n" + event.adviserName() + " sent it for you, with the consent you gave."));
    }

    @ApplicationModuleListener
    void on(ClaimDecided event) {
        String subject = switch (event.status()) {
            case REJECTED -> "Your mileage claim was rejected: " + event.reference();
            case QUERIED -> "A question about your mileage claim: " + event.reference();
            default -> "Your mileage claim was corrected: " + event.reference();
        };
        String body = switch (event.status()) {
            case REJECTED -> "Your claim for " + event.period() + " was rejected: " + event.reason();
            case QUERIED -> "The council asks about your claim for " + event.period() + ": " + event.reason() + "\n\nSign in to answer.";
            default -> "The council corrected your claim for " + event.period() + ": " + event.reason() + "\n\nThe amount is now "
                    + event.amount().formatted() + ".";
        };
        if (event.status() != ClaimStatus.DRAFT) {
            send(event.householdId(), subject, body);
        }
    }

    @ApplicationModuleListener
    void on(ClaimApproved event) {
        send(event.householdId(), "Your mileage claim is approved: " + event.claimReference(), "Your claim for " + event.period()
                + " is approved: " + event.amount().formatted() + " will be paid into " + event.payee().masked().toLowerCase(java.util.Locale.UK)
                + ". The payment shows on your statement as " + event.statementReference() + ".");
    }

    @ApplicationModuleListener
    void on(ClaimReminderDue event) {
        boolean near = event.kind() == ClaimReminderDue.Kind.DEADLINE_NEAR;
        send(event.householdId(), near ? "Claim your mileage for " + event.period() + " by " + GovukDates.day(event.claimBy())
                        : "You can claim your mileage for " + event.period(),
                "Claim for the days you drove " + event.children() + " to " + event.schoolName() + " in " + event.period() + " by "
                        + GovukDates.day(event.claimBy()) + ". Claims after then are not paid.");
    }

    private void send(java.util.UUID householdId, String subject, String text) {
        String body = text + "\n\nSee your claims: " + portalUrl + "claims\n\n" + council.team() + ", " + council.name()
                + ". Call " + council.phone() + " if you need help.";
        households.parentEmails(householdId).forEach(to -> sender.send(new Email(to, subject, body)));
    }
}
