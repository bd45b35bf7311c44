package org.travelassist.claims.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.travelassist.claims.InvalidClaimException;
import org.travelassist.claims.SchoolAttendance;
import org.travelassist.claims.SchoolClaim;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.SuccessBanner;

/**
 * School office staff confirm attendance for their pupils' mileage claims: each claim's days, with the absent ones
 * ticked, or several claims at once with every day attended. They see names, dates and the claim's state only.
 */
@Route("school/claims")
@PageTitle("Attendance to confirm - " + MainLayout.SERVICE_NAME)
@Menu(title = "Attendance to confirm", order = 30)
@RolesAllowed(AppRoles.SCHOOL_STAFF)
class SchoolClaimsView extends Div implements BeforeEnterObserver {

    private final SchoolAttendance attendance;
    private final Clock clock;
    private final SuccessBanner banner = new SuccessBanner();
    private final Div list = new Div();
    private final Map<UUID, Checkbox> selected = new LinkedHashMap<>();

    SchoolClaimsView(SchoolAttendance attendance, Clock clock) {
        this.attendance = attendance;
        this.clock = clock;
        addClassName("ta-narrow");
        list.setId("school-claims");
        add(banner, new H1("Attendance to confirm"), new Paragraph("Families claim mileage for the days they drove their child to "
                + "school. Check each day against your attendance record and tick the days the pupil was absent. Absent days are not paid."),
                new Paragraph(new com.vaadin.flow.component.html.Anchor("school/budgets", "Record absences of pupils on travel budgets")), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        banner.showFlash();
        list.removeAll();
        selected.clear();
        var claims = attendance.toConfirm();
        if (claims.isEmpty()) {
            var none = new Paragraph("There are no claims to confirm.");
            none.setId("nothing-to-confirm");
            list.add(none);
        }
        claims.forEach(claim -> list.add(card(claim)));
        if (claims.size() > 1) {
            var all = new Button("Confirm the selected claims: every day attended", click -> {
                var ids = selected.entrySet().stream().filter(entry -> entry.getValue().getValue()).map(Map.Entry::getKey).toList();
                Flash.set(String.join(". ", attendance.confirmAll(ids)) + ".");
                UI.getCurrent().navigate("school/claims");
            });
            all.setId("confirm-selected");
            all.addClassName("ta-button");
            list.add(all);
        }
        var done = attendance.confirmed();
        if (!done.isEmpty()) {
            var recent = new UnorderedList();
            recent.setId("confirmed-claims");
            done.forEach(claim -> recent.add(new ListItem(claim.reference() + ": " + claim.children() + ", " + claim.period() + ", "
                    + claim.status().label)));
            list.add(new H2("Confirmed lately"), recent);
        }
    }

    private Div card(SchoolClaim claim) {
        var card = new Div();
        card.addClassName("ta-summary-card");
        card.setId("claim-" + claim.reference());
        LocalDate today = GovukDates.today(clock);
        boolean late = claim.confirmBy() != null && today.isAfter(claim.confirmBy());
        var title = new H3(claim.children() + ", " + claim.period());
        var due = new Paragraph(claim.reference() + ". Please confirm by " + GovukDates.day(claim.confirmBy()) + (late ? ": overdue" : "") + ".");
        if (late) {
            due.addClassName("ta-overdue");
        }
        var pick = new Checkbox("Select " + claim.reference() + " to confirm with every day attended");
        pick.setId("select-" + claim.reference());
        selected.put(claim.id(), pick);
        Map<LocalDate, Checkbox> absent = new LinkedHashMap<>();
        var days = new Div();
        claim.days().forEach(day -> {
            var box = new Checkbox("Absent on " + ClaimView.longDay(day.date()) + " (" + day.journeys().label.toLowerCase(java.util.Locale.UK) + ")");
            box.setId("absent-" + claim.reference() + "-" + day.date());
            absent.put(day.date(), box);
            days.add(new Div(box));
        });
        var confirm = new Button("Confirm attendance for " + claim.reference());
        confirm.setId("confirm-" + claim.reference());
        confirm.addClassName("ta-button");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            try {
                var absences = absent.entrySet().stream().filter(entry -> entry.getValue().getValue()).map(Map.Entry::getKey)
                        .collect(Collectors.toSet());
                attendance.confirm(claim.id(), absences);
                Flash.set("Attendance confirmed for " + claim.reference() + (absences.isEmpty() ? "" : ", with " + absences.size()
                        + (absences.size() == 1 ? " absence" : " absences")) + ".");
                UI.getCurrent().navigate("school/claims");
            } catch (InvalidClaimException refused) {
                card.add(new Paragraph(refused.getMessage()));
                confirm.setEnabled(true);
            }
        });
        card.add(title, due, pick, days, confirm);
        return card;
    }
}
