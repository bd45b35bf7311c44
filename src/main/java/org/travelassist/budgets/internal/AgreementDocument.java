package org.travelassist.budgets.internal;

import static org.travelassist.shared.PdfDocuments.escape;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.travelassist.budgets.BudgetDetails;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.PdfDocuments;

/**
 * The agreement a parent accepted, as a tagged PDF (PDF/UA): the exact amounts, every line of the working, every
 * payment date and the terms, with the declaration and who accepted it when. Kept with the budget, so what was
 * agreed can always be shown, whatever later happens to the policy.
 */
@Component
public class AgreementDocument {

    private final CouncilProfile council;
    private final Clock clock;

    AgreementDocument(CouncilProfile council, Clock clock) {
        this.council = council;
        this.clock = clock;
    }

    public byte[] render(BudgetDetails budget, String acceptedBy, String declaration) {
        var body = new StringBuilder();
        body.append("<h1>Personal transport budget agreement</h1>");
        body.append("<p class=\"meta\">").append(escape(council.name())).append(", ").append(escape(council.team())).append("</p>");
        body.append("<table><tbody>");
        row(body, "Child", budget.childName());
        row(body, "School", budget.schoolName() == null ? "Not recorded" : budget.schoolName());
        row(body, "Application", budget.applicationReference());
        row(body, "Amount", budget.summary());
        row(body, "Starts", GovukDates.day(budget.startsOn()));
        row(body, "Policy", budget.policyVersion());
        row(body, "Accepted by", acceptedBy + " on " + GovukDates.at(clock.instant()));
        body.append("</tbody></table>");

        body.append("<h2>How the amount was worked out</h2><table><tbody>");
        for (Line line : budget.working()) {
            body.append("<tr><td>").append(escape(line.text())).append("</td><td>")
                    .append(line.amount() == null ? "" : escape(line.amount().formatted())).append("</td></tr>");
        }
        body.append("</tbody></table>");

        body.append("<h2>When it is paid</h2><table><thead><tr><th scope=\"col\">Payment</th><th scope=\"col\">Paid on or after</th>"
                + "<th scope=\"col\">For</th><th scope=\"col\">Amount</th></tr></thead><tbody>");
        for (var instalment : budget.instalments()) {
            body.append("<tr><td>").append(instalment.number()).append(". ").append(escape(instalment.label())).append("</td><td>")
                    .append(escape(GovukDates.day(instalment.dueOn()))).append("</td><td>")
                    .append(escape(GovukDates.day(instalment.coversFrom()) + " to " + GovukDates.day(instalment.coversTo())))
                    .append("</td><td>").append(escape(instalment.amount().formatted())).append("</td></tr>");
        }
        body.append("</tbody></table>");

        var terms = budget.terms();
        list(body, "What the budget may be spent on", terms.mayBeSpentOn());
        list(body, "What it may not be spent on", terms.mayNotBeSpentOn());
        list(body, "What you must tell the council about", terms.tellTheCouncil());
        list(body, "Terms", terms.conditions());
        body.append("<h2>Declaration</h2><p>").append(escape(declaration)).append("</p>");
        body.append("<p class=\"meta\">Questions: call ").append(escape(council.phone())).append(" (").append(escape(council.openingHours()))
                .append(") or email ").append(escape(council.email())).append(".</p>");
        return PdfDocuments.render("Personal transport budget agreement for " + budget.childName(), council.name(), body.toString());
    }

    private static void row(StringBuilder body, String key, String value) {
        body.append("<tr><th scope=\"row\">").append(escape(key)).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private static void list(StringBuilder body, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        body.append("<h2>").append(escape(heading)).append("</h2><ul>");
        items.forEach(item -> body.append("<li>").append(escape(item)).append("</li>"));
        body.append("</ul>");
    }
}
