package org.travelassist.notifications.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.AdviserInvited;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.applications.ApplicationProgressed;
import org.travelassist.notifications.Email;
import org.travelassist.notifications.EmailSender;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;

/**
 * Tells families (every parent with an email address) and advisers what happened, after it committed. A failure
 * leaves the event incomplete, to be sent again; it never undoes the step.
 */
@Component
class FamilyNotifier {

    private final EmailSender sender;
    private final HouseholdAccess households;
    private final String portalUrl;
    private final CouncilProfile council;

    FamilyNotifier(EmailSender sender, HouseholdAccess households, @Value("${travelassist.public-url}") String portalUrl,
            CouncilProfile council) {
        this.sender = sender;
        this.households = households;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
        this.council = council;
    }

    @ApplicationModuleListener
    void on(ApplicationProgressed event) {
        String subject = subject(event) + ": " + event.reference();
        String body = "Application " + event.reference() + " for " + event.childName() + "\n\n" + message(event)
                + (event.adviserName() == null ? "" : "\n\n" + event.adviserName() + " did this for you, with the consent you gave. "
                        + "You can withdraw that consent at any time in Travel Assist.")
                + "\n\nSee the application, its letters and what happens next: " + portalUrl + "applications/" + event.applicationId()
                + "\n\n" + council.team() + ", " + council.name() + ". Call " + council.phone() + " if you need help.";
        households.parentEmails(event.householdId()).forEach(to -> sender.send(new Email(to, subject, body)));
    }

    @ApplicationModuleListener
    void on(AdviserInvited event) {
        sender.send(new Email(event.adviserEmail(), "A family has asked you to help them with travel to school",
                event.familyName() + " would like you to help them with their application for help with travel to school.\n\n"
                        + "Sign in to Travel Assist with this email address and enter this code: " + event.code() + "\n\n"
                        + "The code works once, until " + GovukDates.day(event.codeExpiresAt())
                        + ". " + portalUrl + "adviser\n\nIf you were not expecting this, you can ignore this email."));
    }

    private static String subject(ApplicationProgressed event) {
        return switch (event.step()) {
            case SUBMITTED -> "We have received your application";
            case INFORMATION_REQUESTED -> "We need more information";
            case INFORMATION_SENT -> "We have received your information";
            case DECIDED -> "We have decided your application";
            case REVIEW_REQUESTED -> "We have received your request for a review";
            case REVIEW_DECIDED -> "We have reviewed our decision";
            case APPEAL_REQUESTED -> "We have received your appeal";
            case HEARING_ARRANGED -> "Your appeal hearing has been arranged";
            case APPEAL_DECIDED -> "The appeal panel has decided";
            case OFFER_REVISED -> "We have revised our offer";
            case WITHDRAWN -> "Your application has been withdrawn";
        };
    }

    private static String message(ApplicationProgressed event) {
        return switch (event.step()) {
            case SUBMITTED -> "Thank you. We will decide by " + date(event.by()) + " and email you when we have.";
            case INFORMATION_REQUESTED -> "A transport officer needs more information before deciding. Sign in to read the question and answer it.";
            case INFORMATION_SENT -> "Thank you. The transport officer will carry on with your application.";
            case DECIDED -> "Your decision letter is ready. Sign in to read it. If you disagree, you can ask for a review by "
                    + date(event.by()) + ".";
            case REVIEW_REQUESTED -> "A senior officer who did not make the decision will review it and write to you by " + date(event.by()) + ".";
            case REVIEW_DECIDED -> "The review letter is ready. Sign in to read it. If you still disagree, you can appeal by "
                    + date(event.by()) + ".";
            case APPEAL_REQUESTED -> "An independent appeal panel will hear your appeal by " + date(event.by()) + ". We will write to you with the date.";
            case HEARING_ARRANGED -> "The panel will hear your appeal on " + date(event.by()) + ". Sign in to read the letter: it says how to send further evidence and by when.";
            case APPEAL_DECIDED -> "The panel's letter is ready. Sign in to read it.";
            case OFFER_REVISED -> "The letter with your revised offer of help with travel is ready. Sign in to read it.";
            case WITHDRAWN -> "You withdrew this application. You can start a new one at any time.";
        };
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "the date shown in Travel Assist" : GovukDates.day(date);
    }
}
