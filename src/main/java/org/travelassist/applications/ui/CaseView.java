package org.travelassist.applications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationNotFoundException;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.InvalidApplicationException;
import org.travelassist.applications.Offer;
import org.travelassist.applications.Question;
import org.travelassist.eligibility.EligibilityCheck;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.ui.DateInput;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.RouteMap;
import org.travelassist.shared.ui.SummaryList;
import org.travelassist.shared.GovukDates;

/**
 * An officer's case page: the family's answers and evidence (viewed in the page), who may act for the family, the
 * engine's recommendation with the route on the map and every school considered, the officer's judgements, a
 * request for more information, the decision with reasons, and the review and appeal steps.
 */
@Route("officer/applications/:id")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Casework casework;
    private final AdviserConsents consents;
    private final CurrentUser currentUser;
    private final String tileUrl;
    final ErrorSummary errors = new ErrorSummary();
    final H1 heading = new H1();
    final Div content = new Div();
    private @Nullable ApplicationDetails application;

    CaseView(Casework casework, AdviserConsents consents, CurrentUser currentUser,
            @Value("${travelassist.map.tile-url:}") String tileUrl) {
        this.casework = casework;
        this.consents = consents;
        this.currentUser = currentUser;
        this.tileUrl = tileUrl;
        addClassName("ta-wide");
        var back = new Anchor("officer/queue", "Back to the work queue");
        back.addClassName("ta-back-link");
        heading.setId("heading");
        add(back, errors, heading, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(casework.caseFile(UUID.fromString(event.getRouteParameters().get("id").orElseThrow())));
        } catch (IllegalArgumentException | ApplicationNotFoundException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ApplicationDetails details) {
        application = details;
        errors.clear();
        content.removeAll();
        heading.setText(details.reference() + ": " + details.childName());
        var status = new Span(details.status().label);
        status.setId("status");
        status.addClassName("ta-tag");
        var facts = new SummaryList()
                .row("Sent", GovukDates.at(details.submittedAt()))
                .row("Decision due by", GovukDates.day(details.decisionDue()))
                .row("Assigned to", details.assignedName() == null ? "Nobody" : details.assignedName());
        content.add(status, facts);
        if (details.status().open() && !currentUser.require().id().equals(details.assignedTo())) {
            content.add(action("assign", "Assign to me", () -> casework.assignToMe(details.id())));
        }
        answers(details);
        evidence(details);
        recommendation(details);
        if (details.status().canBeDecided()) {
            assessment(details);
            content.add(new SchoolSuitabilityForm(casework, details, errors, () -> show(casework.caseFile(details.id())),
                    () -> UI.getCurrent().getPage().setTitle(getPageTitle())));
            informationRequest(details);
            decision(details);
        }
        if (details.status() == ApplicationStatus.INFORMATION_NEEDED) {
            content.add(section("Waiting for the family", new Paragraph("You asked: " + details.openRequest().question())));
        }
        challenges(details);
        letters(details);
        timeline(details);
    }

    private void answers(ApplicationDetails details) {
        var list = new SummaryList();
        list.setId("answers");
        list.row("Home", details.answer("homeAddress") + ", " + details.answer("homePostcode"))
                .row("Date of birth", details.answer("dateOfBirth"));
        for (Question question : ApplicationQuestions.ALL) {
            list.row(question.summaryLabel(), question.kind() == Question.Kind.SCHOOL ? String.valueOf(details.schoolName())
                    : question.display(details.answer(question.key())));
        }
        details.informationRequests().forEach(request -> list.row("You asked: " + request.question(),
                request.answer() == null ? "Not answered yet" : request.answer()));
        var advisers = consents.consentsFor(details.householdId());
        var consentList = new UnorderedList();
        consentList.setId("consents");
        advisers.forEach(consent -> consentList.add(new ListItem((consent.adviserName() == null ? consent.adviserEmail() : consent.adviserName())
                + ": " + consent.status().label + ". May " + String.join("; ", consent.scopes().stream()
                        .map(scope -> scope.description.toLowerCase(java.util.Locale.UK)).toList()))));
        if (advisers.isEmpty()) {
            consentList.add(new ListItem("No adviser may act for this family."));
        }
        content.add(section("What the family told us", list), section("Advisers who may act for the family", consentList));
    }

    private void evidence(ApplicationDetails details) {
        var list = new UnorderedList();
        list.setId("evidence");
        var viewer = new Div();
        viewer.setId("evidence-viewer");
        for (var file : details.evidence()) {
            var view = new Button("View " + file.fileName(), click -> {
                viewer.removeAll();
                var handler = DownloadHandler.fromInputStream(download -> {
                    var stored = casework.evidence(details.id(), file.id());
                    return new DownloadResponse(new ByteArrayInputStream(stored.content()), stored.fileName(), stored.mediaType(),
                            stored.content().length);
                }).inline();
                Component shown = file.mediaType().startsWith("image/") ? new Image(handler, file.fileName()) : new IFrame(handler);
                shown.addClassName("ta-evidence-viewer");
                shown.getElement().setAttribute("title", file.fileName());
                viewer.add(shown);
            });
            view.addClassNames("ta-link-button", "ta-link-button--in-page");
            list.add(new ListItem(view, new Span(" " + Files.size(file.sizeBytes()) + ", "
                    + ("NOT_SCANNED".equals(file.scanResult()) ? "not scanned for viruses" : "scanned: no virus found"))));
        }
        if (details.evidence().isEmpty()) {
            list.add(new ListItem("No evidence was sent."));
        }
        content.add(section("Evidence", list, viewer));
    }

    private void recommendation(ApplicationDetails details) {
        EligibilityResult result = details.eligibility();
        if (result == null) {
            return;
        }
        var summary = new Paragraph(result.summary());
        summary.setId("recommendation");
        var findings = new UnorderedList();
        result.categories().forEach(finding -> findings.add(new ListItem(finding.category().name() + " " + finding.category().title
                + ": " + finding.finding().name().replace('_', ' ').toLowerCase(java.util.Locale.UK) + ". " + finding.reason())));
        result.forTheOfficer().forEach(check -> findings.add(new ListItem("Check: " + check)));
        var section = section("The engine's recommendation", summary, findings, new Paragraph("Policy " + result.policyVersion()
                + ". " + result.distanceMethod() + (result.indicative() ? ". Indicative: not a measured route." : ".")));
        EligibilityCheck check = casework.routeCheck(details.id());
        if (check.result().school() != null && check.walkingRoute() != null) {
            var map = new RouteMap(tileUrl, EligibilityCheck.MAP_ATTRIBUTION);
            var school = check.walkingRoute().points().getLast();
            var home = check.home().position();
            map.show(new RouteMap.Point(home.latitude(), home.longitude()), new RouteMap.Point(school.latitude(), school.longitude()),
                    check.walkingRoute().points().stream().map(p -> new RouteMap.Point(p.latitude(), p.longitude())).toList(),
                    "Home", check.result().school().name());
            section.add(map);
        }
        var table = new com.vaadin.flow.dom.Element("table");
        table.getClassList().add("ta-table");
        table.appendChild(new com.vaadin.flow.dom.Element("caption").setText("Schools considered, nearest first"));
        var head = new com.vaadin.flow.dom.Element("tr");
        for (String column : new String[] {"School", "Walking", "By road", "Suitable, and why"}) {
            head.appendChild(new com.vaadin.flow.dom.Element("th").setAttribute("scope", "col").setText(column));
        }
        table.appendChild(head);
        result.schoolsConsidered().stream().limit(10).forEach(school -> {
            var row = new com.vaadin.flow.dom.Element("tr");
            row.appendChild(new com.vaadin.flow.dom.Element("th").setAttribute("scope", "row").setText(school.name()),
                    new com.vaadin.flow.dom.Element("td").setText(school.walking().describe()),
                    new com.vaadin.flow.dom.Element("td").setText(school.road() == null ? "Not measured" : school.road().describe()),
                    new com.vaadin.flow.dom.Element("td").setText((school.suitable() ? "Yes. " : "No. ") + school.reason()));
            table.appendChild(row);
        });
        var wrapper = new Div();
        wrapper.addClassName("ta-table-wrapper");
        wrapper.getElement().appendChild(table);
        section.add(wrapper);
        content.add(section);
    }

    private void assessment(ApplicationDetails details) {
        var cannotWalk = judgement("cannot-walk", "Category A: because of SEN, disability or mobility, the child cannot reasonably be expected to walk to school, even with an adult",
                "Agree: the child cannot reasonably walk", "Disagree: the child can walk", details.assessment().cannotWalk());
        var reasons = area("cannot-walk-reasons", "Why", details.assessment().cannotWalkReasons());
        var unsafe = judgement("route-unsafe", "Route safety assessment (category B)", "The walking route is unsafe",
                "The walking route is safe", details.assessment().routeUnsafe());
        var notes = area("route-notes", "Route safety assessment notes", details.assessment().routeNotes());
        var save = action("save-assessment", "Save the assessment and run the rules again", () -> casework.assess(details.id(),
                answer(cannotWalk), reasons.getValue(), answer(unsafe), notes.getValue()), Map.of("cannotWalkReasons", reasons, "routeNotes", notes));
        content.add(section("Your assessment", cannotWalk, reasons, unsafe, notes, save));
    }

    private void informationRequest(ApplicationDetails details) {
        var question = area("information-question", "What do you need the family to tell you or send?", null);
        content.add(section("Ask the family for more information", question, action("ask-family", "Ask the family",
                () -> casework.requestInformation(details.id(), question.getValue()), Map.of("question", question))));
    }

    private void decision(ApplicationDetails details) {
        var eligible = new RadioButtonGroup<Boolean>("Decision");
        eligible.setId("decision-eligible");
        eligible.setItems(true, false);
        eligible.setItemLabelGenerator(yes -> yes ? "Eligible" : "Not eligible");
        var category = new Select<Category>();
        category.setLabel("Category");
        category.setId("decision-category");
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> c == null ? "None" : c.name() + ": " + c.title);
        category.setEmptySelectionAllowed(true);
        if (details.eligibility() != null) {
            details.eligibility().categories().stream().filter(f -> f.finding() == EligibilityResult.Finding.MET).findFirst()
                    .ifPresent(f -> category.setValue(f.category()));
        }
        var offers = new CheckboxGroup<Offer>("What the council offers");
        offers.setId("decision-offers");
        offers.setItems(Offer.values());
        offers.setItemLabelGenerator(o -> o.label);
        offers.addClassName("ta-checkboxes");
        var reasons = area("decision-reasons", "Reasons, in plain English, for the letter", null);
        var decide = action("decide", "Decide and send the letter", () -> casework.decide(details.id(),
                new Decision(Boolean.TRUE.equals(eligible.getValue()), Boolean.TRUE.equals(eligible.getValue()) ? category.getValue() : null,
                        offers.getValue(), reasons.getValue())), Map.of("category", category, "offers", offers, "reasons", reasons));
        content.add(section("Decision", eligible, category, offers, reasons, decide));
    }

    private void challenges(ApplicationDetails details) {
        var review = details.review();
        if (review != null) {
            var section = section("Stage 1 review", new Paragraph("The family asked on " + GovukDates.at(review.requestedAt())
                    + ". Due by " + GovukDates.day(review.respondBy()) + "."), new Paragraph("Their reasons: " + review.grounds()));
            if (review.outcome() != null) {
                section.add(new Paragraph(review.outcome().label(review.stage()) + " by " + review.decidedBy()
                        + ": " + review.outcomeReasons()));
            } else if (currentUser.require().hasRole(AppRoles.SENIOR_OFFICER)) {
                var upheld = outcome("review-outcome", "Outcome", "Uphold the decision", "Change the decision");
                var reasons = area("review-reasons", "Reasons, for the review letter", null);
                section.add(upheld, reasons, action("decide-review", "Record the review and send the letter",
                        () -> casework.decideReview(details.id(), !Boolean.FALSE.equals(upheld.getValue()), reasons.getValue()),
                        Map.of("reasons", reasons)));
            } else {
                section.add(new Paragraph("A senior officer who did not make the decision must review it."));
            }
            content.add(section);
        }
        var appeal = details.appeal();
        if (appeal != null) {
            var section = section("Stage 2 appeal", new Paragraph("The family appealed on " + GovukDates.at(appeal.requestedAt())
                    + ". The hearing must be held by " + GovukDates.day(appeal.respondBy()) + "."), new Paragraph("Their reasons: " + appeal.grounds()));
            if (appeal.hearingOn() == null) {
                var date = new DateInput("hearing-on", "Hearing date", "For example, 15 1 2027");
                var remote = outcome("hearing-mode", "How", "By video", "In person");
                section.add(date, remote, action("arrange-hearing", "Arrange the hearing and send the letter", () -> casework.arrangeHearing(
                        details.id(), java.time.LocalDate.of(Integer.parseInt(date.year.getValue().strip()), Integer.parseInt(date.month.getValue().strip()),
                                Integer.parseInt(date.day.getValue().strip())), !Boolean.FALSE.equals(remote.getValue())), Map.of("hearingOn", date)));
            } else {
                section.add(new Paragraph("Hearing on " + GovukDates.day(appeal.hearingOn()) + ", " + java.util.Objects.requireNonNull(appeal.hearingMode()).description
                        + ". Further evidence due by " + GovukDates.day(appeal.evidenceBy()) + ". Panel's letter due by " + GovukDates.day(appeal.outcomeBy()) + "."));
                if (appeal.outcome() == null) {
                    var allowed = outcome("appeal-outcome", "The panel's decision", "The panel allowed the appeal", "The panel dismissed the appeal");
                    var reasons = area("appeal-reasons", "The panel's reasons", null);
                    section.add(allowed, reasons, action("record-appeal", "Record the panel's decision and send the letter",
                            () -> casework.recordAppealOutcome(details.id(), Boolean.TRUE.equals(allowed.getValue()), reasons.getValue()),
                            Map.of("reasons", reasons)));
                } else {
                    section.add(new Paragraph(appeal.outcome().label(appeal.stage()) + ": " + appeal.outcomeReasons()));
                }
            }
            content.add(section);
        }
    }

    private void letters(ApplicationDetails details) {
        var list = new UnorderedList();
        list.setId("letters");
        for (var letter : details.letters()) {
            var link = new Anchor(DownloadHandler.fromInputStream(download -> {
                byte[] pdf = casework.letter(details.id(), letter.id());
                return new DownloadResponse(new ByteArrayInputStream(pdf), letter.title() + ".pdf", "application/pdf", pdf.length);
            }), letter.title() + " (PDF), " + GovukDates.at(letter.createdAt()));
            list.add(new ListItem(link));
        }
        if (!details.letters().isEmpty()) {
            content.add(section("Letters", list));
        }
    }

    private void timeline(ApplicationDetails details) {
        var list = new OrderedList();
        list.addClassName("ta-timeline");
        details.timeline().reversed().forEach(event -> list.add(new ListItem(new Span(event.title() + (event.forFamily() ? "" : " (staff only)")),
                new Paragraph(GovukDates.at(event.at()) + (event.by() == null ? "" : " by " + event.by())
                        + (event.detail() == null ? "" : ". " + event.detail())))));
        content.add(section("What has happened", list));
    }

    private Div section(String title, Component... parts) {
        var section = new Div(new H2(title));
        section.addClassName("ta-section");
        section.add(parts);
        return section;
    }

    private Button action(String id, String text, Runnable run) {
        return action(id, text, run, Map.of());
    }

    /** A button that runs a step, then shows the case again, or its problems in the summary and at the fields. */
    private Button action(String id, String text, Runnable run, Map<String, Component> fields) {
        var button = new Button(text);
        button.setId(id);
        button.addClassName("ta-button");
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                run.run();
                show(casework.caseFile(application.id()));
            } catch (InvalidApplicationException | NumberFormatException | java.time.DateTimeException e) {
                Map<String, String> problems = e instanceof InvalidApplicationException invalid ? invalid.problems()
                        : Map.of("hearingOn", "Enter the hearing date as day, month and year");
                errors.report(problems, fields, button);
                UI.getCurrent().getPage().setTitle(getPageTitle());
                button.setEnabled(true);
            }
        });
        return button;
    }

    private static RadioButtonGroup<Boolean> judgement(String id, String label, String yes, String no, @Nullable Boolean value) {
        var group = outcome(id, label, yes, no);
        group.setValue(value);
        return group;
    }

    private static RadioButtonGroup<Boolean> outcome(String id, String label, String yes, String no) {
        var group = new RadioButtonGroup<Boolean>(label);
        group.setId(id);
        group.setItems(true, false);
        group.setItemLabelGenerator(value -> value ? yes : no);
        return group;
    }

    private static @Nullable Boolean answer(RadioButtonGroup<Boolean> group) {
        return group.getValue();
    }

    private static TextArea area(String id, String label, @Nullable String value) {
        var area = new TextArea(label);
        area.setId(id);
        area.addClassName("ta-field");
        area.setMaxLength(8000);
        if (value != null) {
            area.setValue(value);
        }
        return area;
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + heading.getText() + " - " + MainLayout.SERVICE_NAME;
    }
}
