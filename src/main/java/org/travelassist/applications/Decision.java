package org.travelassist.applications;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.shared.PlainText;

/**
 * An officer's decision.
 *
 * @param category the statutory category an eligible child meets; null when not eligible
 * @param reasons in plain English, for the letter: why this decision, on these facts
 */
public record Decision(boolean eligible, @Nullable Category category, Set<Offer> offers, String reasons) {

    public Decision {
        offers = Set.copyOf(offers);
        reasons = PlainText.cleanText(reasons);
    }

    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        if (eligible && category == null) {
            problems.put("category", "Select the category the child is eligible under");
        }
        if (eligible && offers.isEmpty()) {
            problems.put("offers", "Select what the council offers");
        }
        if (reasons.isBlank()) {
            problems.put("reasons", "Give the reasons for the decision, in plain English");
        } else if (reasons.length() > 8000) {
            problems.put("reasons", "Reasons must be 8,000 characters or fewer");
        }
        return problems;
    }
}
