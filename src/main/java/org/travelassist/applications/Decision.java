package org.travelassist.applications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.shared.PlainText;

/**
 * An officer's decision. The outcome is always the officer's explicit choice: there is no default, so a letter
 * nobody chose is never sent.
 *
 * @param outcome eligible or not; null until the officer chooses, and then refused
 * @param category the statutory category an eligible child meets; ignored when not eligible
 * @param offers what the council offers an eligible child; ignored when not eligible
 * @param reasons in plain English, for the letter: why this decision, on these facts
 */
public record Decision(@Nullable Outcome outcome, @Nullable Category category, Set<Offer> offers, String reasons) {

    public enum Outcome {
        ELIGIBLE("Eligible"),
        NOT_ELIGIBLE("Not eligible");

        public final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    public Decision {
        boolean eligible = outcome == Outcome.ELIGIBLE;
        category = eligible ? category : null;
        offers = eligible ? Set.copyOf(offers) : Set.of();
        reasons = PlainText.cleanText(reasons);
    }

    public static Decision eligible(Category category, Set<Offer> offers, String reasons) {
        return new Decision(Outcome.ELIGIBLE, category, offers, reasons);
    }

    public static Decision notEligible(String reasons) {
        return new Decision(Outcome.NOT_ELIGIBLE, null, Set.of(), reasons);
    }

    public boolean eligible() {
        return outcome == Outcome.ELIGIBLE;
    }

    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        if (outcome == null) {
            problems.put("outcome", "Choose whether the child is eligible or not eligible");
        }
        if (eligible() && category == null) {
            problems.put("category", "Select the category the child is eligible under");
        }
        if (eligible() && offers.isEmpty()) {
            problems.put("offers", "Select at least one thing the council offers");
        }
        if (reasons.isBlank()) {
            problems.put("reasons", "Give the reasons for the decision, in plain English");
        } else if (reasons.length() > 8000) {
            problems.put("reasons", "Reasons must be 8,000 characters or fewer");
        }
        return problems;
    }

    /**
     * What the letter will say, in one line, for the officer to confirm: "Refuse: not eligible under any category",
     * or "Eligible, category C, a mileage allowance".
     */
    public String summary() {
        if (outcome == null) {
            throw new IllegalStateException("No outcome chosen");
        }
        if (!eligible()) {
            return "Refuse: not eligible under any category";
        }
        return "Eligible, category " + (category == null ? "not chosen" : category.name()) + ", " + describe(offers);
    }

    /** "a mileage allowance", "a bus or rail pass and independent travel training", in the order of {@link Offer}. */
    public static String describe(Set<Offer> offers) {
        List<String> words = new ArrayList<>();
        offers.stream().sorted().forEach(offer -> words.add(offer.label.substring(0, 1).toLowerCase(Locale.UK) + offer.label.substring(1)));
        if (words.size() <= 1) {
            return words.isEmpty() ? "nothing offered" : words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }
}
