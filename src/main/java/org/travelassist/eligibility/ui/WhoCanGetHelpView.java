package org.travelassist.eligibility.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.travelassist.shared.ui.BulletList;
import org.travelassist.shared.ui.MainLayout;

/** Who can get free travel to school, in plain English, following the statutory categories. */
@Route("who-can-get-help")
@PageTitle("Who can get help with travel to school - " + MainLayout.SERVICE_NAME)
@AnonymousAllowed
class WhoCanGetHelpView extends Div {

    WhoCanGetHelpView() {
        addClassName("ta-narrow");
        var apply = new Anchor("check", "Check if your child can get help");
        apply.addClassName("ta-button");
        add(new H1("Who can get help with travel to school"),
                new Paragraph("Children aged 5 to 16 get free travel to their nearest suitable school if one of "
                        + "these applies. The council measures distances along the shortest walking route, which "
                        + "can use footpaths and bridleways."),
                new H2("Distance"),
                new BulletList("your child is under 8 and the school is more than 2 miles away",
                        "your child is 8 or over and the school is more than 3 miles away"),
                new H2("Special educational needs, disability or mobility"),
                new Paragraph("Your child cannot reasonably be expected to walk to the nearest suitable school, "
                        + "even with an adult, because of special educational needs, a disability or a mobility "
                        + "problem. Distance does not matter."),
                new H2("The walking route is not safe"),
                new Paragraph("The route is not one a child could walk with reasonable safety, even with an adult. "
                        + "The council's road safety officers assess the route."),
                new H2("Low income"),
                new Paragraph("Your child is entitled to free school meals (for example, you get Universal Credit and your "
                        + "household's take-home pay from work is no more than £7,400 a year):"),
                new BulletList("aged 8 to 11: the nearest suitable school is more than 2 miles away",
                        "aged 11 to 16: one of the three nearest suitable schools between 2 and 6 miles away",
                        "aged 11 to 16: the nearest school that suits your religion or belief, between 2 and 15 miles away"),
                new H2("Children under 5 and over 16"),
                new Paragraph("Help is at the council's discretion. You can still apply."),
                new Paragraph("Only the council can decide. It looks at your circumstances when you apply."),
                apply);
    }

}
