package org.travelassist.claims.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.travelassist.claims.ClaimDetails;
import org.travelassist.claims.ClaimReceipts;
import org.travelassist.claims.ClaimStatus;
import org.travelassist.claims.InvalidClaimException;
import org.travelassist.claims.MileageClaims;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.SuccessBanner;

/**
 * One claim: while it is a draft, the month to tick and send; once sent, where it stands, the amount line by line,
 * the days paid and refused and why, and the council's question to answer.
 */
@Route("claims/claim/:id")
@RolesAllowed({org.travelassist.security.AppRoles.PARENT, org.travelassist.security.AppRoles.ADVISER})
class ClaimView extends ClaimsPage {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private final MileageClaims claims;
    private final ClaimReceipts receipts;
    private final CouncilProfile council;
    private final SuccessBanner banner = new SuccessBanner();

    ClaimView(MileageClaims claims, ClaimReceipts receipts, CouncilProfile council) {
        this.claims = claims;
        this.receipts = receipts;
        this.council = council;
        addClassName("ta-narrow");
        addComponentAtIndex(0, banner);
    }

    static String longDay(LocalDate day) {
        return LONG.format(day);
    }

    static String shortDay(LocalDate day) {
        return SHORT.format(day);
    }

    @Override
    protected void show(UUID id, BeforeEnterEvent event) {
        banner.showFlash();
        ClaimDetails claim = claims.claim(id);
        back.setHref("claims/allowance/" + claim.allowanceId());
        title("Claim mileage for " + claim.period());
        var status = new Span(claim.status().label);
        status.setId("status");
        status.addClassName("ta-tag");
        content.add(status);
        if (claim.status() == ClaimStatus.DRAFT) {
            draft(claim);
            return;
        }
        content.add(new Paragraph(claim.status().forFamily + "."), ClaimList.facts(claim), lines(claim),
                new ReceiptsPanel(receipts.receipts(claim.id()), receipt -> receipts.content(claim.id(), receipt.id())));
        if (claim.status() == ClaimStatus.QUERIED) {
            answer(claim);
        }
        if (claim.rejectedDays().stream().anyMatch(day -> day.reason() == org.travelassist.claims.MileageAssessment.Rejection.AFTER_DEADLINE)) {
            content.add(new Paragraph("If you could not claim in time, contact the " + council.team() + " on " + council.phone() + " ("
                    + council.openingHours() + ") or " + council.email() + "."));
        }
    }

    private static Div lines(ClaimDetails claim) {
        var section = new Div(new H2("How the amount was worked out"));
        var list = new UnorderedList();
        list.setId("amount-lines");
        claim.lines().forEach(line -> list.add(new ListItem(line.text())));
        var total = new Paragraph("Total: " + claim.amount().formatted());
        total.setId("total");
        section.add(list, total);
        return section;
    }

    private void draft(ClaimDetails claim) {
        var form = new ClaimCalendarForm(claims, claims.calendar(claim.id()), attachments(claim));
        form.save.addClickListener(click -> act(form, () -> {
            claims.saveDraft(claim.id(), form.claimed(), form.note.getValue());
            Flash.set("Your claim for " + claim.period() + " is saved as a draft. Send it when you are ready.");
            UI.getCurrent().navigate("claims");
        }));
        form.send.addClickListener(click -> act(form, () -> {
            var sent = claims.send(claim.id(), form.claimed(), form.note.getValue());
            Flash.set("Claim " + sent.reference() + " sent for " + sent.amount().formatted() + ". The school will confirm the days.");
            UI.getCurrent().navigate("claims/claim/" + sent.id());
        }));
        content.add(form);
    }

    private ReceiptsPanel attachments(ClaimDetails claim) {
        return new ReceiptsPanel(receipts.receipts(claim.id()), receipt -> receipts.content(claim.id(), receipt.id()),
                (name, bytes) -> receipts.add(claim.id(), name, bytes), receipt -> receipts.remove(claim.id(), receipt.id()),
                (problem, field) -> showProblems(Map.of(ReceiptsPanel.UPLOAD_ID, problem), Map.of(ReceiptsPanel.UPLOAD_ID, field)),
                errors::clear);
    }

    private void act(ClaimCalendarForm form, Runnable step) {
        try {
            step.run();
        } catch (InvalidClaimException refused) {
            showProblems(Map.of(refused.field(), refused.getMessage()), Map.of("note", form.note));
            form.save.setEnabled(true);
            form.send.setEnabled(true);
        }
    }

    private void answer(ClaimDetails claim) {
        var reply = new TextArea("Your answer");
        reply.setId("reply");
        reply.setMaxLength(MileageClaims.NOTE_MAX);
        reply.setWidthFull();
        var send = new Button("Send your answer");
        send.setId("send-answer");
        send.addClassName("ta-button");
        send.addClickListener(click -> {
            try {
                claims.answerQuery(claim.id(), reply.getValue());
                Flash.set("Your answer has been sent to the council.");
                UI.getCurrent().navigate("claims/claim/" + claim.id());
            } catch (InvalidClaimException refused) {
                showProblems(Map.of("reply", refused.getMessage()), Map.of("reply", reply));
            }
        });
        var question = new Paragraph("The council asks: " + claim.queryText());
        question.setId("query");
        content.add(new H2("Answer the council's question"), question, reply, send);
    }
}
