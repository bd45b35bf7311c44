package org.travelassist.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.travelassist.shared.CouncilProfile;

/**
 * The accessibility statement the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
 * Regulations 2018 require, in the GOV.UK model's order. The known problems are the real ones: update the list, and
 * the dates, whenever one is fixed or found.
 */
@Route(AccessibilityStatementView.ROUTE)
@PageTitle("Accessibility statement - " + MainLayout.SERVICE_NAME)
@AnonymousAllowed
public class AccessibilityStatementView extends InformationPage {

    public static final String ROUTE = "accessibility";
    static final String PREPARED = "1 December 2026";

    AccessibilityStatementView(CouncilProfile council) {
        super("Accessibility statement for " + MainLayout.SERVICE_NAME, "accessibility-heading");
        add(text("This statement applies to " + MainLayout.SERVICE_NAME + ", " + council.name()
                + "'s service to check, apply for and follow help with travel to school."),
                text("This service is run by " + council.name() + ". We want as many people as possible to be able to "
                        + "use it. For example, you should be able to:"),
                new BulletList("change colours, contrast levels and fonts using your browser or device settings",
                        "zoom in up to 400% without the text spilling off the screen",
                        "use the service on a screen 320 pixels wide without scrolling sideways, except for wide tables",
                        "get from the start to the end of every form using just a keyboard",
                        "use the service with speech recognition software",
                        "use the service with a screen reader"),
                text("We have also made the text as simple as we can. Letters are tagged PDF documents, so that screen "
                        + "readers can read them."));

        section("How accessible this service is",
                text("We know this part of this service is not fully accessible:"),
                new BulletList(
                        "the map on the eligibility answer is a picture: the route is also described in words, the "
                                + "distances are given as text, and you can move your home's position with buttons as well as "
                                + "by clicking the map",
                        "evidence sent as a PDF is shown to officers as pictures of its pages; the file itself can always "
                                + "be downloaded beside it"));

        section("Feedback and contact information",
                text("If you need information in a different format, like large print, easy read, an audio recording or "
                        + "braille, or you find it hard to use this service, contact us:"),
                new BulletList("call " + council.phone() + " (" + council.openingHours() + ")", "email " + council.email()),
                text("We will consider your request and get back to you within 10 working days."));

        var report = new Paragraph();
        report.add("We are always looking to improve the accessibility of this service. If you find any problems not "
                + "listed on this page or think we are not meeting accessibility requirements, email ");
        report.add(new Anchor("mailto:" + council.email(), council.email()));
        report.add(" or call " + council.phone() + ".");
        report.setId("report-a-problem");
        section("Reporting accessibility problems with this service", report);

        section("Enforcement procedure",
                text("The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies "
                        + "(Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the 'accessibility "
                        + "regulations')."),
                textWithLink("If you are not happy with how we respond to your complaint, ",
                        "https://www.equalityadvisoryservice.com/", "contact the Equality Advisory and Support Service (EASS)", "."));

        section("Technical information about this service's accessibility",
                text(council.name() + " is committed to making its websites accessible, in accordance with the accessibility "
                        + "regulations."),
                text("This service is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA "
                        + "standard, because of the problems listed under 'How accessible this service is'."));

        section("Non-accessible content",
                text("We do not know of content that fails WCAG 2.2 AA: the automated checks below find none on the pages "
                        + "they visit. Until the service has had a full manual audit we say it is partially compliant, and "
                        + "we will list here anything that audit finds, with when we will fix it."));

        section("How we tested this service",
                text("Every page that our automated browser tests visit, signed in and signed out, is checked with axe-core "
                        + "against WCAG 2.0, 2.1 and 2.2 levels A and AA, in Chromium, each time the service is built. "
                        + "The service has not yet had a full manual audit or testing by "
                        + "disabled people; we will publish the results here when it has."));

        var prepared = new Paragraph("This statement was prepared on " + PREPARED + ". It was last reviewed on " + PREPARED + ".");
        prepared.setId("statement-date");
        section("Preparation of this accessibility statement", prepared);
    }
}
