package org.travelassist.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.travelassist.shared.CouncilProfile;

/** The start page: what the service does, who it is for, and the two ways in. */
@Route("")
@PageTitle("Help with travel to school - " + MainLayout.SERVICE_NAME)
@AnonymousAllowed
public class HomeView extends Div {

    HomeView(CouncilProfile council) {
        addClassName("ta-narrow");
        var heading = new H1("Get help with your child's travel to school");
        heading.setId("home-heading");

        var check = new Anchor("check", "Check if your child can get help");
        check.setId("check-link");
        check.addClassNames("ta-button", "ta-button--start");

        var signIn = new Anchor("sign-in", "Sign in");
        signIn.setId("home-sign-in");

        add(heading,
                new Paragraph(MainLayout.SERVICE_NAME + " is " + council.name()
                        + "'s service for free travel to school. Use it to:"),
                new BulletList("check if your child can get free travel to school, and why",
                        "apply, and see what is happening with your application",
                        "ask for a review if you disagree with a decision",
                        "take a travel budget or a mileage allowance and see every payment"),
                new Paragraph("It is for parents and carers of children aged 4 to 16 who live in " + council.area() + ", "
                        + "including children with special educational needs or disabilities, and for the advisers "
                        + "who help them."),
                check,
                new H2("Already applied or want to apply?"),
                new Paragraph(signIn),
                new Paragraph("Council staff sign in here too."));
    }

}
