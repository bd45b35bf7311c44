package org.travelassist.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.budgets.BudgetAgreed;
import org.travelassist.budgets.BudgetChangeReported;
import org.travelassist.budgets.BudgetDeclined;
import org.travelassist.budgets.BudgetEnding;
import org.travelassist.budgets.BudgetOfferSent;
import org.travelassist.budgets.BudgetRecoveryPlanned;
import org.travelassist.budgets.BudgetRenewalOffered;
import org.travelassist.budgets.ConfirmedRenewalEnded;
import org.travelassist.notifications.Email;
import org.travelassist.notifications.EmailSender;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;

/**
 * Emails about personal transport budgets, after the step committed: the offer to read and accept, the agreement
 * made, next year's budget to confirm, a declined offer (to the council's team, so an officer arranges other transport), a budget
 * ending, and next year's confirmed budget ending with it before it starts.
 */
@Component
class BudgetNotifier {

    private final EmailSender sender;
    private final HouseholdAccess households;
    private final String portalUrl;
    private final CouncilProfile council;

    BudgetNotifier(EmailSender sender, HouseholdAccess households, @Value("${travelassist.public-url}") String portalUrl,
            CouncilProfile council) {
        this.sender = sender;
        this.households = households;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
        this.council = council;
    }

    @ApplicationModuleListener
    void on(BudgetOfferSent event) {
        toFamily(event.householdId(), "Your personal transport budget offer: " + event.applicationReference(),
                "The council offers " + event.childName() + " a personal transport budget: " + event.total().formatted() + " paid in "
                        + event.instalments() + " instalments, the first on " + GovukDates.day(event.firstDueOn()) + ".\n\n"
                        + "Sign in to read how it was worked out, the dates of every payment and the terms, and to accept it: "
                        + portalUrl + "budgets/" + event.budgetId());
    }

    @ApplicationModuleListener
    void on(BudgetRenewalOffered event) {
        toFamily(event.householdId(), "Confirm next year's personal transport budget: " + event.applicationReference(),
                "The policy year is ending. Next year's personal transport budget for " + event.childName() + " (" + event.year() + ") is "
                        + event.annual().formatted() + ", paid in " + event.instalments() + " instalments, the first on "
                        + GovukDates.day(event.firstDueOn()) + ".\n\nA parent must confirm it online by " + GovukDates.day(event.confirmBy())
                        + ". If nobody confirms it, the budget ends then. Sign in to read how it was worked out and the terms, and to confirm it: "
                        + portalUrl + "budgets/" + event.budgetId());
    }

    @ApplicationModuleListener
    void on(BudgetAgreed event) {
        toFamily(event.householdId(), "Your personal transport budget is agreed: " + event.applicationReference(),
                event.acceptedByName() + " accepted the personal transport budget for " + event.childName() + ": " + event.total().formatted()
                        + " in " + event.instalments() + " instalments, the first on " + GovukDates.day(event.firstDueOn()) + ".\n\n"
                        + "The agreement you accepted, with its terms and every payment date, is kept as a PDF in Travel Assist: "
                        + portalUrl + "budgets/" + event.budgetId());
    }

    @ApplicationModuleListener
    void on(BudgetDeclined event) {
        sender.send(new Email(council.email(), "Budget offer declined: " + event.applicationReference(),
                "A parent declined the personal transport budget offered for " + event.childName() + " (" + event.applicationReference()
                        + ").\n\nTheir reason: " + (event.reason() == null ? "none given" : event.reason())
                        + "\n\nArrange the other transport the decision offers: " + portalUrl + "officer/budgets/" + event.budgetId()));
        toFamily(event.householdId(), "You declined the personal transport budget: " + event.applicationReference(),
                "You declined the personal transport budget for " + event.childName() + ". The council will contact you about other "
                        + "transport.");
    }

    @ApplicationModuleListener
    void on(BudgetEnding event) {
        String repay = event.toRepay().isPositive() ? "\n\nThe council paid " + event.toRepay().formatted() + " for days after the budget "
                + "ends. It will write to you about repaying it; you can also call " + council.phone() + " to agree how." : "";
        toFamily(event.householdId(), "Your personal transport budget ends on " + GovukDates.day(event.endsOn()),
                (event.byFamily() ? "You gave notice to end " : "The council gave notice to end ") + "the personal transport budget for "
                        + event.childName() + ". The last day it pays for is " + GovukDates.day(event.endsOn())
                        + ", and payments after that are cancelled.\n\nReason: " + event.reason() + repay + "\n\n" + portalUrl + "budgets/"
                        + event.budgetId());
    }

    @ApplicationModuleListener
    void on(ConfirmedRenewalEnded event) {
        String repay = event.toRepay().isPositive() ? "\n\nThe council had already paid " + event.toRepay().formatted() + " of next year's "
                + "budget. It will write to you about repaying it; you can also call " + council.phone() + " to agree how." : "";
        toFamily(event.householdId(), "Next year's personal transport budget will not start: " + event.applicationReference(),
                (event.byFamily() ? "You gave notice to end " : "The council gave notice to end ") + "this year's personal transport budget for "
                        + event.childName() + ", so next year's budget, which you confirmed, ends with it: it will not start on "
                        + GovukDates.day(event.wouldHaveStarted()) + ", and nothing is paid for next year." + repay + "\n\n" + portalUrl
                        + "budgets/" + event.budgetId());
    }

    @ApplicationModuleListener
    void on(BudgetRecoveryPlanned event) {
        var lines = new StringBuilder();
        event.repayments().forEach(r -> lines.append("\n- ").append(r.amount().formatted()).append(" by ").append(GovukDates.day(r.dueOn())));
        toFamily(event.householdId(), "How to repay " + event.total().formatted() + " of the travel budget: " + event.applicationReference(),
                "The council paid " + event.total().formatted() + " of the personal transport budget for " + event.childName()
                        + " for days after it ended. It is to be repaid in " + event.repayments().size() + " instalment"
                        + (event.repayments().size() == 1 ? "" : "s") + ":" + lines + "\n\nCall " + council.phone()
                        + " to pay, or if you cannot pay these amounts. The plan and what has been repaid: " + portalUrl + "budgets/"
                        + event.budgetId());
    }

    @ApplicationModuleListener
    void on(BudgetChangeReported event) {
        sender.send(new Email(council.email(), "Change reported on a travel budget: " + event.applicationReference(),
                "The family of " + event.childName() + " reported a change: " + event.whatChanged() + "\n\nPreviewed: " + event.preview()
                        + "\n\nCheck it and change the budget: " + portalUrl + "officer/budgets/" + event.budgetId()));
    }

    private void toFamily(java.util.UUID householdId, String subject, String message) {
        String body = message + "\n\n" + council.team() + ", " + council.name() + ". Call " + council.phone() + " if you need help.";
        households.parentEmails(householdId).forEach(to -> sender.send(new Email(to, subject, body)));
    }
}
