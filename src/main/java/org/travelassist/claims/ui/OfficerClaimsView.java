package org.travelassist.claims.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.travelassist.claims.ClaimApprovals;
import org.travelassist.claims.ClaimDetails;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.ScrollRegion;

/**
 * Officers' queue of mileage claims the schools confirmed, oldest first, with filters (school, month, amount,
 * exceptions), approving one or many at once; and the claims still waiting for their school.
 */
@Route("officer/claims")
@PageTitle("Mileage claims - " + MainLayout.SERVICE_NAME)
@Menu(title = "Mileage claims", order = 12)
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class OfficerClaimsView extends Div implements BeforeEnterObserver {

    private final ClaimApprovals approvals;
    final Select<String> school = new Select<>();
    final Select<String> month = new Select<>();
    final TextField atLeast = new TextField("Amount at least (optional)");
    final Checkbox exceptionsOnly = new Checkbox("Only claims with exceptions");
    final Button approve = new Button("Approve selected claims");
    private final Div results = new Div();
    private final Div outcome = new Div();
    private final Div waiting = new Div();
    private final Map<UUID, Checkbox> selected = new LinkedHashMap<>();

    OfficerClaimsView(ClaimApprovals approvals) {
        this.approvals = approvals;
        addClassName("ta-wide");
        school.setLabel("School");
        school.setId("filter-school");
        month.setLabel("Month");
        month.setId("filter-month");
        atLeast.setId("filter-amount");
        atLeast.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
        exceptionsOnly.setId("filter-exceptions");
        var apply = new Button("Apply filters", click -> list());
        apply.setId("apply-filters");
        apply.addClassName("ta-button");
        var filters = new Div(school, month, atLeast, exceptionsOnly, apply);
        filters.addClassName("ta-filters");
        approve.setId("approve-selected");
        approve.addClassName("ta-button");
        approve.addClickListener(click -> approveSelected());
        outcome.setId("approval-outcome");
        outcome.getElement().setAttribute("role", "status");
        waiting.setId("awaiting-schools");
        add(new H1("Mileage claims"), new Paragraph("Claims the schools have confirmed, the oldest first. A claim above "
                + "the council's limit, or one an officer corrected, needs a second officer who took no part."), filters, outcome,
                results, approve, waiting);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var all = approvals.queue(ClaimApprovals.Filter.all());
        var schools = new ArrayList<String>(List.of("All schools"));
        all.stream().map(claim -> claim.schoolUrn() + " " + claim.schoolName()).distinct().sorted().forEach(schools::add);
        school.setItems(schools);
        school.setValue("All schools");
        var months = new ArrayList<String>(List.of("All months"));
        all.stream().map(claim -> YearMonth.from(claim.periodFrom()).toString()).distinct().sorted().forEach(months::add);
        month.setItems(months);
        month.setValue("All months");
        list();
        showWaiting();
    }

    private void list() {
        Money least = null;
        atLeast.setInvalid(false);
        if (!atLeast.getValue().isBlank()) {
            switch (Money.parse(atLeast.getValue())) {
                case Money.Parsed.Amount(Money amount) -> least = amount;
                case Money.Parsed.Refused(String message) -> {
                    atLeast.setErrorMessage(message);
                    atLeast.setInvalid(true);
                }
            }
        }
        String urn = school.getValue() == null || school.getValue().startsWith("All") ? null : school.getValue().split(" ", 2)[0];
        YearMonth chosen = month.getValue() == null || month.getValue().startsWith("All") ? null : YearMonth.parse(month.getValue());
        show(approvals.queue(new ClaimApprovals.Filter(urn, chosen, least, exceptionsOnly.getValue())));
    }

    private void show(List<ClaimDetails> claims) {
        results.removeAll();
        selected.clear();
        results.setId("claims-queue");
        if (claims.isEmpty()) {
            results.add(new Paragraph("No claims are waiting for approval."));
            approve.setVisible(false);
            return;
        }
        approve.setVisible(true);
        var table = new Element("table");
        table.getClassList().add("ta-table");
        var head = new Element("tr");
        for (String column : List.of("Select", "Claim", "Children", "School", "Month", "Amount", "Sent", "Exceptions")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(column));
        }
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (ClaimDetails claim : claims) {
            var pick = new Checkbox();
            pick.setId("select-" + claim.reference());
            pick.setAriaLabel("Select " + claim.reference());
            selected.put(claim.id(), pick);
            var link = new Anchor("officer/claims/" + claim.id(), claim.reference());
            var row = new Element("tr");
            row.appendChild(new Element("td").appendChild(pick.getElement()),
                    new Element("th").setAttribute("scope", "row").appendChild(link.getElement()),
                    new Element("td").setText(claim.children()), new Element("td").setText(claim.schoolName()),
                    new Element("td").setText(claim.period()), new Element("td").setText(claim.amount().formatted()),
                    new Element("td").setText(GovukDates.day(claim.sentAt())),
                    new Element("td").setText(String.join(", ", ClaimApprovals.exceptions(claim))));
            body.appendChild(row);
        }
        table.appendChild(body);
        results.add(new H2("Ready to approve (" + claims.size() + ")"), new ScrollRegion("Mileage claims ready to approve", table));
    }

    private void approveSelected() {
        List<UUID> ids = selected.entrySet().stream().filter(entry -> entry.getValue().getValue()).map(Map.Entry::getKey).toList();
        outcome.removeAll();
        if (ids.isEmpty()) {
            outcome.add(new Paragraph("Select at least one claim to approve."));
            return;
        }
        var list = new UnorderedList();
        approvals.approve(ids).forEach(result -> list.add(new ListItem(result.message())));
        outcome.add(list);
        list();
    }

    private void showWaiting() {
        waiting.removeAll();
        var claims = approvals.awaitingSchools();
        waiting.add(new H2("Waiting for schools (" + claims.size() + ")"));
        var list = new UnorderedList();
        claims.forEach(claim -> list.add(new ListItem(new Anchor("officer/claims/" + claim.id(), claim.reference()),
                new com.vaadin.flow.component.html.Span(": " + claim.children() + ", " + claim.schoolName() + ", " + claim.period()
                        + "; the school should confirm by " + GovukDates.day(claim.schoolConfirmBy())))));
        waiting.add(list);
    }
}
