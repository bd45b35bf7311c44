package org.travelassist.payments.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.MainLayout;

/** Finance's payments page. Nothing is due until budgets and mileage claims are approved. */
@Route("finance/payments")
@PageTitle("Payments - " + MainLayout.SERVICE_NAME)
@Menu(title = "Payments", order = 20)
@RolesAllowed(AppRoles.FINANCE)
class PaymentsView extends Div {

    PaymentsView() {
        addClassName("ta-wide");
        var heading = new H1("Payments");
        heading.setId("payments");
        var empty = new Paragraph("There are no payments to make. Travel budget instalments and approved mileage "
                + "claims appear here.");
        empty.setId("payments-empty");
        add(heading, empty);
    }
}
