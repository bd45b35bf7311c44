package org.travelassist.claims.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.travelassist.claims.ClaimApprovals;
import org.travelassist.claims.ClaimDetails;
import org.travelassist.claims.ClaimReceipts;
import org.travelassist.claims.ClaimStatus.ClaimAction;
import org.travelassist.claims.InvalidClaimException;
import org.travelassist.claims.Journeys;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.SuccessBanner;
import org.travelassist.shared.ui.SummaryList;

/**
 * One claim for an officer: everything about it, and only the steps its status allows — confirm attendance for a
 * school that has not, approve, reject or query with a reason, or correct it with a reason (the family sees each).
 */
@Route("officer/claims/:id")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class OfficerClaimView extends ClaimsPage {

    private static final String KEEP = "Keep as claimed";
    private static final String REMOVE = "Take out: not paid";

    private final ClaimApprovals approvals;
    private final ClaimReceipts receipts;
    private final SuccessBanner banner = new SuccessBanner();

    OfficerClaimView(ClaimApprovals approvals, ClaimReceipts receipts) {
        this.approvals = approvals;
        this.receipts = receipts;
        addClassName("ta-wide");
        addComponentAtIndex(0, banner);
    }

    @Override
    protected void show(UUID id, BeforeEnterEvent event) {
        banner.showFlash();
        back.setHref("officer/claims");
        ClaimDetails claim = approvals.claim(id);
        title("Mileage claim " + claim.reference());
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
        content.add(status, facts, new H2("Days"), days, new H2("Amount"), lines,
                new ReceiptsPanel(receipts.receiptsForOfficer(id), receipt -> receipts.contentForOfficer(id, receipt.id())));
        if (claim.status().allows(ClaimAction.CONFIRM_ATTENDANCE)) {
            content.add(confirmInstead(claim));
        }
        if (claim.status().allows(ClaimAction.APPROVE)) {
            content.add(approve(claim), correct(claim));
        }
        if (claim.status().allows(ClaimAction.QUERY)) {
            content.add(reasoned(claim, "query", "Ask the family a question", "Send the question",
                    () -> approvals.query(claim.id(), textOf("query")), "Question sent to the family."));
        }
        if (claim.status().allows(ClaimAction.REJECT)) {
            content.add(reasoned(claim, "reject", "Reject the claim", "Reject the claim",
                    () -> approvals.reject(claim.id(), textOf("reject")), "Claim rejected. The family is told why."));
        }
    }

    private final Map<String, TextArea> reasons = new HashMap<>();

    private String textOf(String key) {
        return reasons.get(key).getValue();
    }

    private Div confirmInstead(ClaimDetails claim) {
        var section = new Div(new H2("Confirm attendance for the school"));
        section.setId("confirm-instead");
        section.add(new Paragraph("If " + claim.schoolName() + " has not confirmed by " + GovukDates.day(claim.schoolConfirmBy())
                + ", confirm the days from its attendance record. Tick the days the child was absent."));
        Map<LocalDate, Checkbox> absent = new LinkedHashMap<>();
        claim.days().forEach(day -> {
            var box = new Checkbox("Absent on " + ClaimView.longDay(day.date()));
            box.setId("absent-" + day.date());
            absent.put(day.date(), box);
            section.add(new Div(box));
        });
        var confirm = new Button("Confirm attendance", click -> step(() -> approvals.confirmAttendanceInstead(claim.id(),
                new HashSet<>(absent.entrySet().stream().filter(entry -> entry.getValue().getValue()).map(Map.Entry::getKey).toList())),
                claim, "Attendance confirmed."));
        confirm.setId("confirm-attendance");
        confirm.addClassName("ta-button");
        section.add(confirm);
        return section;
    }

    private Div approve(ClaimDetails claim) {
        var approve = new Button(claim.awaitsSecondApproval() ? "Give the second approval" : "Approve the claim");
        approve.setId("approve");
        approve.addClassName("ta-button");
        approve.setDisableOnClick(true);
        approve.addClickListener(click -> {
            var result = approvals.approve(java.util.List.of(claim.id())).getFirst();
            if (result.outcome() == ClaimApprovals.Approval.Outcome.REFUSED) {
                showProblems(Map.of("approve", result.message()), Map.of());
                approve.setEnabled(true);
                return;
            }
            Flash.set(result.message());
            UI.getCurrent().navigate("officer/claims/" + claim.id());
        });
        var section = new Div(new H2("Approve"), approve);
        section.setId("approve-section");
        return section;
    }

    private Div correct(ClaimDetails claim) {
        var section = new Div(new H2("Correct the claim"));
        section.setId("correct");
        Map<LocalDate, Select<String>> changes = new LinkedHashMap<>();
        claim.days().stream().filter(ClaimDetails.Day::paid).forEach(day -> {
            var change = new Select<String>();
            change.setLabel(ClaimView.longDay(day.date()));
            change.setId("correct-" + day.date());
            change.setItems(KEEP, Journeys.BOTH.label, Journeys.MORNING_ONLY.label, Journeys.AFTERNOON_ONLY.label, REMOVE);
            change.setValue(KEEP);
            changes.put(day.date(), change);
            section.add(new Div(change));
        });
        section.add(reasoned(claim, "correct", null, "Correct the claim", () -> {
            var removed = new HashSet<LocalDate>();
            var journeys = new HashMap<LocalDate, Journeys>();
            changes.forEach((day, change) -> {
                if (REMOVE.equals(change.getValue())) {
                    removed.add(day);
                } else if (!KEEP.equals(change.getValue())) {
                    java.util.Arrays.stream(Journeys.values()).filter(j -> j.label.equals(change.getValue())).findFirst()
                            .ifPresent(j -> journeys.put(day, j));
                }
            });
            return approvals.correct(claim.id(), removed, journeys, textOf("correct"));
        }, "Claim corrected. The family is told why; a second officer must approve it."));
        return section;
    }

    private Div reasoned(ClaimDetails claim, String key, @org.jspecify.annotations.Nullable String heading, String button,
            java.util.function.Supplier<ClaimDetails> step, String done) {
        var reason = new TextArea("Reason (the family will see it)");
        reason.setId(key + "-reason");
        reason.setMaxLength(ClaimApprovals.REASON_MAX);
        reason.setWidthFull();
        reasons.put(key, reason);
        var act = new Button(button, click -> step(step::get, claim, done));
        act.setId(key + "-button");
        act.addClassName("ta-button");
        var section = heading == null ? new Div() : new Div(new H2(heading));
        section.add(reason, act);
        return section;
    }

    private void step(java.util.function.Supplier<ClaimDetails> step, ClaimDetails claim, String done) {
        try {
            step.get();
            Flash.set(done);
            UI.getCurrent().navigate("officer/claims/" + claim.id());
        } catch (InvalidClaimException refused) {
            showProblems(Map.of(refused.field(), refused.getMessage()), refused.field().equals("reason") ? Map.of() : Map.of());
        }
    }
}
