package org.travelassist.claims.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.travelassist.claims.ClaimApprovals;
import org.travelassist.claims.ClaimDetails;
import org.travelassist.claims.ClaimReceipts;
import org.travelassist.claims.ClaimStatus.ClaimAction;
import org.travelassist.claims.InvalidClaimException;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.SuccessBanner;

/**
 * One claim for an officer: everything about it ({@link OfficerClaimFacts}), its receipts, and only the steps its
 * status allows — confirm attendance for a school that has not, approve, reject or query with a reason, or correct
 * it with a reason (the family sees each).
 */
@Route("officer/claims/:id")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class OfficerClaimView extends ClaimsPage {

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
        content.add(new OfficerClaimFacts(claim),
                new ReceiptsPanel(receipts.receiptsForOfficer(id), receipt -> receipts.contentForOfficer(id, receipt.id())));
        ReasonedStep.Runner runner = (step, done) -> step(step, claim, done);
        if (claim.status().allows(ClaimAction.CONFIRM_ATTENDANCE)) {
            content.add(new ConfirmInsteadForm(claim, approvals, runner));
        }
        if (claim.status().allows(ClaimAction.APPROVE)) {
            content.add(approve(claim), new ClaimCorrectionForm(claim, approvals, runner));
        }
        if (claim.status().allows(ClaimAction.QUERY)) {
            content.add(new ReasonedStep("query", "Ask the family a question", "Send the question",
                    question -> approvals.query(claim.id(), question), "Question sent to the family.", runner));
        }
        if (claim.status().allows(ClaimAction.REJECT)) {
            content.add(new ReasonedStep("reject", "Reject the claim", "Reject the claim",
                    reason -> approvals.reject(claim.id(), reason), "Claim rejected. The family is told why.", runner));
        }
    }

    private Div approve(ClaimDetails claim) {
        var approve = new Button(claim.awaitsSecondApproval() ? "Give the second approval" : "Approve the claim");
        approve.setId("approve");
        approve.addClassName("ta-button");
        approve.setDisableOnClick(true);
        approve.addClickListener(click -> {
            var result = approvals.approve(List.of(claim.id())).getFirst();
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

    private void step(Supplier<ClaimDetails> step, ClaimDetails claim, String done) {
        try {
            step.get();
            Flash.set(done);
            UI.getCurrent().navigate("officer/claims/" + claim.id());
        } catch (InvalidClaimException refused) {
            showProblems(Map.of(refused.field(), refused.getMessage()), Map.of());
        }
    }
}
