package org.travelassist.applications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.accounts.ChildDetails;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationService;
import org.travelassist.shared.ui.SummaryList;
import org.travelassist.shared.GovukDates;

/**
 * A household's children, each with "Apply" (or "Continue" for a draft), and its applications with their status:
 * the same for a parent and for an adviser the family consented to.
 */
class FamilyApplications extends Div {

    FamilyApplications(ApplicationService applications, List<ChildDetails> children, UUID householdId, boolean canApply) {
        setId("family-applications");
        List<ApplicationDetails> all = applications.applicationsOf(householdId);
        if (children.isEmpty()) {
            add(new Paragraph("Add a child to your household before you apply."));
        }
        for (ChildDetails child : canApply ? children : List.<ChildDetails>of()) {
            var open = all.stream().filter(a -> a.childId().equals(child.id()) && a.status().open()).findFirst();
            if (open.isPresent()) {
                // The service refuses a second application while one is open; say so, and link to it.
                var link = new Anchor("applications/" + open.get().id(), "View " + open.get().reference());
                var already = new Paragraph(ApplicationService.alreadyOpen(child.fullName(), String.valueOf(open.get().reference()),
                        open.get().status()) + " ");
                already.add(link);
                already.setId("open-" + child.id());
                already.addClassName("ta-inset");
                add(already);
                continue;
            }
            var decided = applications.decidedThisSchoolYear(child.id());
            if (decided.isPresent()) {
                // Decided this school year: a new one must say why (the service enforces it), so ask on its own page.
                var earlier = decided.get();
                var explained = new Paragraph(ApplicationService.decidedThisYear(child.fullName(), String.valueOf(earlier.reference()),
                        earlier.schoolName(), GovukDates.day(earlier.decision() == null ? null : earlier.decision().decidedAt())) + " ");
                explained.add(new Anchor("applications/" + earlier.id(), "View " + earlier.reference()));
                explained.setId("decided-" + child.id());
                explained.addClassName("ta-inset");
                var again = new Anchor("applications/new/" + child.id(), "Start a new application for " + child.fullName());
                again.setId("apply-again-" + child.id());
                add(explained, new Paragraph(again));
                continue;
            }
            var start = new Button("Apply for " + child.fullName(), click -> {
                try {
                    UUID id = applications.start(child.id());
                    UI.getCurrent().navigate("applications/" + id + "/question/school");
                } catch (AccessDeniedException e) {
                    add(new Paragraph("You cannot start an application for this family: ask them to let you prepare applications."));
                }
            });
            start.setId("apply-" + child.id());
            start.addClassName("ta-button");
            start.setDisableOnClick(true);
            add(start);
        }
        if (!all.isEmpty()) {
            add(new H2("Applications"));
        }
        for (ApplicationDetails application : all) {
            var card = new Div();
            card.addClassName("ta-summary-card");
            card.setId("application-" + application.id());
            var title = new Anchor("applications/" + application.id(), application.childName()
                    + (application.reference() == null ? " (not sent yet)" : ", " + application.reference()));
            var heading = new H2(title);
            heading.addClassName("ta-summary-card__title");
            var status = new Span(application.status().label);
            status.addClassName("ta-tag");
            var facts = new SummaryList().row("School", application.schoolName() == null ? "Not chosen yet" : application.schoolName());
            if (application.decisionDue() != null && application.decision() == null) {
                facts.row("Decision due by", GovukDates.day(application.decisionDue()));
            }
            card.add(heading, status, facts);
            add(card);
        }
    }
}
