package org.travelassist.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.BankDetailsChanged;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.notifications.Email;
import org.travelassist.notifications.EmailSender;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;

/**
 * Tells every parent of a household, after it committed, that the account its travel payments go to was given or
 * changed: someone who takes over a family's sign-in and changes the account is a known fraud, and the email is how
 * the family finds out in time. Masked: the last four digits only.
 */
@Component
class BankDetailsNotifier {

    static final String SUBJECT = "Your bank details for travel payments were changed";

    private final EmailSender sender;
    private final HouseholdAccess households;
    private final String portalUrl;
    private final CouncilProfile council;

    BankDetailsNotifier(EmailSender sender, HouseholdAccess households, @Value("${travelassist.public-url}") String portalUrl,
            CouncilProfile council) {
        this.sender = sender;
        this.households = households;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
        this.council = council;
    }

    @ApplicationModuleListener
    void on(BankDetailsChanged event) {
        var details = event.details();
        String body = (event.replacedId() == null ? "Bank details for your travel payments were given" : "The bank details your travel payments go to were changed")
                + " on " + GovukDates.at(event.changedAt()) + ", signed in as " + event.changedByName() + ".\n\n"
                + council.name() + " will pay budgets and mileage allowances into:\n"
                + "Name on the account: " + details.accountName() + "\n"
                + "Sort code: " + details.sortCode() + "\n"
                + details.maskedAccount() + "\n\n"
                + "If you made this change, you do not need to do anything.\n\n"
                + "If you did not make this change, call the " + council.team() + " on " + council.phone()
                + " straight away (" + council.openingHours() + ") and tell us. "
                + "Then sign in and check your bank details: " + portalUrl + "household/bank-details\n\n"
                + council.team() + ", " + council.name() + ".";
        households.parentEmails(event.householdId()).forEach(to -> sender.send(new Email(to, SUBJECT, body)));
    }
}
