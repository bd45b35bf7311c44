package org.travelassist.claims.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.travelassist.claims.ClaimDetails;
import org.travelassist.claims.ClaimStatus;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.SummaryList;

/** Every claim of a family, the latest month first: its state, dates, what was paid for which days and what was refused. */
class ClaimList extends Div {

    ClaimList(List<ClaimDetails> claims) {
        setId("claims");
        add(new H2("Your claims"));
        if (claims.isEmpty()) {
            add(new Paragraph("You have not made a claim yet."));
            return;
        }
        for (ClaimDetails claim : claims) {
            var card = new Div();
            card.addClassName("ta-summary-card");
            var title = new H3(new Anchor("claims/claim/" + claim.id(), claim.period() + " (" + claim.reference() + ")"));
            title.addClassName("ta-summary-card__title");
            var status = new Span(claim.status().label);
            status.addClassName("ta-tag");
            card.add(title, status, facts(claim));
            add(card);
        }
    }

    static SummaryList facts(ClaimDetails claim) {
        var facts = new SummaryList();
        facts.row("Where it stands", claim.status().forFamily);
        if (claim.sentAt() != null) {
            facts.row("Sent", GovukDates.at(claim.sentAt()));
        }
        facts.row(claim.status() == ClaimStatus.PAID ? "Paid" : "Amount", claim.amount().formatted()
                + (claim.paidOn() == null ? "" : " on " + GovukDates.day(claim.paidOn())));
        if (claim.status() != ClaimStatus.DRAFT) {
            facts.row("Days paid for", claim.daysPaid() + " of " + claim.days().size() + (claim.days().isEmpty() ? ""
                    : ": " + String.join(", ", claim.days().stream().filter(ClaimDetails.Day::paid).map(day -> ClaimView.shortDay(day.date())).toList())));
        }
        if (!claim.absences().isEmpty()) {
            facts.row("Absent, as the school recorded", String.join(", ", claim.absences().stream().map(day -> ClaimView.shortDay(day.date())).toList()));
        }
        claim.rejectedDays().forEach(day -> facts.row("Not paid: " + ClaimView.shortDay(day.date()), day.why()));
        if (claim.paymentExpectedOn() != null && claim.status() == ClaimStatus.APPROVED) {
            facts.row("Payment expected by", GovukDates.day(claim.paymentExpectedOn()));
        }
        if (claim.rejectedReason() != null) {
            facts.row("Why it was rejected", claim.rejectedReason());
        }
        if (claim.correctionReason() != null) {
            facts.row("Corrected by the council", claim.correctionReason());
        }
        if (claim.paymentProblem() != null) {
            facts.row("Payment problem", claim.paymentProblem() + ". Check your bank details in Your household.");
        }
        return facts;
    }
}
