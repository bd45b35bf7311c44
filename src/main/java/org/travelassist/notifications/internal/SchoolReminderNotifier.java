package org.travelassist.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.claims.SchoolReminderDue;
import org.travelassist.notifications.Email;
import org.travelassist.notifications.EmailSender;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;

/**
 * Reminds a school's office to confirm attendance on mileage claims before the deadline: how many, by when, and
 * where. No pupil's name or any other detail of a family goes in the email; they are behind the sign-in.
 */
@Component
class SchoolReminderNotifier {

    private final EmailSender sender;
    private final String portalUrl;
    private final CouncilProfile council;

    SchoolReminderNotifier(EmailSender sender, @Value("${travelassist.public-url}") String portalUrl, CouncilProfile council) {
        this.sender = sender;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
        this.council = council;
    }

    @ApplicationModuleListener
    void on(SchoolReminderDue event) {
        String claims = event.claims() == 1 ? "1 mileage claim" : event.claims() + " mileage claims";
        String subject = "Please confirm attendance on " + claims + " by " + GovukDates.day(event.confirmBy());
        String body = event.schoolName() + " has " + claims + " waiting for you to confirm the days pupils attended, by "
                + GovukDates.day(event.confirmBy()) + ". Families are paid once the school has confirmed.\n\n"
                + "Sign in to confirm: " + portalUrl + "school/claims\n\n" + council.team() + ", " + council.name() + ". Call "
                + council.phone() + " if you need help.";
        event.emails().forEach(to -> sender.send(new Email(to, subject, body)));
    }
}
