package org.travelassist.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.notifications.Email;
import org.travelassist.notifications.EmailSender;
import org.travelassist.reporting.ReapplyReminderDue;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;

/**
 * Tells the family of a child in Year 11, in good time, that their free travel ends with compulsory school age and
 * that travel from Year 12 is a new application under the council's post-16 rules. Nothing about the current
 * decision changes.
 */
@Component
class ReapplyNotifier {

    private final EmailSender sender;
    private final HouseholdAccess households;
    private final String portalUrl;
    private final CouncilProfile council;

    ReapplyNotifier(EmailSender sender, HouseholdAccess households, @Value("${travelassist.public-url}") String portalUrl,
            CouncilProfile council) {
        this.sender = sender;
        this.households = households;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
        this.council = council;
    }

    static String subject(ReapplyReminderDue event) {
        return "Apply again for " + event.childName() + "'s travel from " + GovukDates.day(event.nextYearStarts());
    }

    @ApplicationModuleListener
    void on(ReapplyReminderDue event) {
        String body = event.childName() + "'s free travel" + (event.schoolName() == null ? "" : " to " + event.schoolName())
                + " (application " + event.reference() + ") ends with Year 11: compulsory school age ends on "
                + GovukDates.day(event.entitlementEnds()) + ".\n\n"
                + "Help with travel from Year 12 (post-16) is decided under different rules, in " + council.name()
                + "'s post-16 transport policy statement, and needs a new application. Apply before "
                + GovukDates.day(event.nextYearStarts()) + " so that a decision is made before the new school year starts.\n\n"
                + "You do not need to do anything about this school year: the current travel arrangements stay as they are.\n\n"
                + "Apply: " + portalUrl + "applications\n\n"
                + council.team() + ", " + council.name() + ". Call " + council.phone() + " (" + council.openingHours() + ") if you need help.";
        households.parentEmails(event.householdId()).forEach(to -> sender.send(new Email(to, subject(event), body)));
    }
}
