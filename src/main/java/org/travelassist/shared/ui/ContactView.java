package org.travelassist.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.travelassist.shared.CouncilProfile;

/** How to reach the council's home to school transport team, from the council profile. */
@Route(ContactView.ROUTE)
@PageTitle("Contact us - " + MainLayout.SERVICE_NAME)
@AnonymousAllowed
public class ContactView extends InformationPage {

    public static final String ROUTE = "contact";

    ContactView(CouncilProfile council) {
        super("Contact us", "contact-heading");
        add(text("Contact the " + council.team() + " at " + council.name()
                + " if you have a question about travel to school or need help using " + MainLayout.SERVICE_NAME + "."));
        var phone = new Paragraph("Telephone: " + council.phone());
        phone.setId("contact-phone");
        var hours = new Paragraph(council.openingHours());
        hours.setId("contact-hours");
        section("Telephone", phone, hours,
                textWithLink("", "https://www.gov.uk/call-charges", "Find out about call charges", " (opens on GOV.UK)."));
        var email = new Paragraph();
        email.add("Email: ");
        email.add(new Anchor("mailto:" + council.email(), council.email()));
        email.setId("contact-email");
        section("Email", email, text("We aim to reply within 5 working days."));
        var address = new Paragraph(String.join(", ", council.addressLines()) + ", " + council.postcode());
        address.setId("contact-address");
        section("By post", text(council.team() + ", " + council.name()), address);
        section("On the council's website", new Paragraph(new Anchor(council.website().toString(), council.website().getHost())));
    }
}
