package org.travelassist.applications.ui;

import static org.travelassist.applications.ui.CaseSteps.section;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.SummaryList;

/** The case page's record of what the family told us, and which advisers may act for them. */
class FamilyAnswers extends Div {

    FamilyAnswers(ApplicationDetails details, AdviserConsents consents) {
        var list = new SummaryList();
        list.setId("answers");
        list.row("Home", details.answer("homeAddress") + ", " + details.answer("homePostcode"))
                .row("Date of birth", dateOfBirth(details.answer("dateOfBirth")));
        SentAnswers.addAnswers(list, details);
        details.informationRequests().forEach(request -> list.row("You asked: " + request.question(),
                request.answer() == null ? "Not answered yet" : request.answer()));
        var advisers = consents.consentsFor(details.householdId());
        var consentList = new UnorderedList();
        consentList.setId("consents");
        advisers.forEach(consent -> consentList.add(new ListItem((consent.adviserName() == null ? consent.adviserEmail() : consent.adviserName())
                + ": " + consent.status().label + ". May " + String.join("; ", consent.scopes().stream()
                        .map(scope -> scope.description.toLowerCase(Locale.UK)).toList()))));
        if (advisers.isEmpty()) {
            consentList.add(new ListItem("No adviser may act for this family."));
        }
        add(section("What the family told us", list), section("Advisers who may act for the family", consentList));
    }

    /** "14 May 2015", the GOV.UK way; stored as ISO when the family sent the application. */
    static String dateOfBirth(String stored) {
        try {
            return GovukDates.day(LocalDate.parse(stored));
        } catch (DateTimeParseException e) {
            return stored;
        }
    }
}
