package org.travelassist.claims.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.travelassist.claims.ClaimDetails;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.SummaryList;

/** Everything an officer reads about a claim before acting: where it stands, who did what, its days and its amount. */
class OfficerClaimFacts extends Div {

    OfficerClaimFacts(ClaimDetails claim) {
        var status = new Span(claim.status().label + (claim.awaitsSecondApproval() ? ": first approval by " + claim.firstApprovedByName() : ""));
        status.setId("status");
        status.addClassName("ta-tag");
        var facts = new SummaryList();
        facts.setId("claim-facts");
        facts.row("Children", claim.children()).row("School", claim.schoolName()).row("Period", claim.period())
                .row("Amount", claim.amount().formatted() + (claim.needsSecondApproval() ? " (needs two officers)" : ""))
                .row("Sent", GovukDates.at(claim.sentAt()) + " by " + claim.sentByName() + (claim.sentByAdviser() ? " (adviser)" : ""));
        if (claim.confirmedAt() != null) {
            facts.row("Attendance confirmed", GovukDates.at(claim.confirmedAt()) + " by " + claim.confirmedByName()
                    + (claim.confirmedByOfficer() ? " (officer, for the school)" : ""));
        }
        if (claim.note() != null) {
            facts.row("Note from the family", claim.note());
        }
        if (claim.queryText() != null) {
            facts.row("Question to the family", claim.queryText()).row("Their answer", claim.queryReply() == null ? "Not yet" : claim.queryReply());
        }
        if (claim.correctionReason() != null) {
            facts.row("Corrected by " + claim.correctedByName(), claim.correctionReason());
        }
        var days = new UnorderedList();
        days.setId("claim-days");
        claim.days().forEach(day -> days.add(new ListItem(ClaimView.longDay(day.date()) + ": " + day.journeys().label + ", " + day.legs()
                + " legs" + (day.attendance() == null ? "" : ", " + day.attendance().label))));
        claim.rejectedDays().forEach(day -> days.add(new ListItem(ClaimView.longDay(day.date()) + ": refused. " + day.why())));
        var lines = new UnorderedList();
        lines.setId("amount-lines");
        claim.lines().forEach(line -> lines.add(new ListItem(line.text())));
        add(status, facts, new H2("Days"), days, new H2("Amount"), lines);
    }
}
