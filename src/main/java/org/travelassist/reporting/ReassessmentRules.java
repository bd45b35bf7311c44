package org.travelassist.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.travelassist.applications.EntitlementRecheck;
import org.travelassist.applications.MeasuredBasis;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.eligibility.EligibilityResult.Finding;

/**
 * When the annual re-assessment runs, and what it reports: a child is listed when the rules, today, would not give
 * the entitlement decided (no longer eligible, or eligible under another category than the one decided), or when
 * the walking distance or the school measured to changed. A new policy version that changes nothing for a child
 * does not list them. Pure, so every case is a unit test.
 */
public final class ReassessmentRules {

    private ReassessmentRules() {}

    /** Why a run happens. */
    public enum Reason {
        POLICY_YEAR("The policy year started"),
        POLICY_CHANGED("The eligibility policy changed"),
        ON_DEMAND("An officer asked for it");

        public final String label;

        Reason(String label) {
            this.label = label;
        }
    }

    /** The last run: when (the day in England) and under which policy. */
    public record LastRun(LocalDate on, String policyVersion) {}

    /**
     * Whether the daily job should run today: never run, not run since the policy year started, or run under a
     * policy other than the one in force today. Empty when nothing is due.
     */
    public static Optional<Reason> due(@Nullable LastRun last, PolicyYear year, String policyInForce) {
        if (last == null || last.on().isBefore(year.first())) {
            return Optional.of(Reason.POLICY_YEAR);
        }
        if (!last.policyVersion().equals(policyInForce)) {
            return Optional.of(Reason.POLICY_CHANGED);
        }
        return Optional.empty();
    }

    /** What an officer sees for one child whose entitlement would change: the decision, today's finding, and why. */
    public record Change(String decided, String foundNow, List<String> why) {}

    /** Empty when the child's entitlement, distance and school measured to are as decided. */
    public static Optional<Change> compare(EntitlementRecheck recheck) {
        EligibilityResult now = recheck.resultNow();
        var met = EnumSet.noneOf(Category.class);
        now.categories().stream().filter(finding -> finding.finding() == Finding.MET).forEach(finding -> met.add(finding.category()));
        var why = new ArrayList<String>();
        Category decided = recheck.decidedCategory();
        if (met.isEmpty()) {
            why.add((now.outcome() == EligibilityResult.Outcome.COUNCIL_TO_ASSESS ? "Not eligible unless an officer finds so again: "
                    : "No longer eligible under any category: ") + now.summary());
        } else if (decided != null && !met.contains(decided)) {
            String reason = now.categories().stream().filter(finding -> finding.category() == decided).map(EligibilityResult.CategoryFinding::reason)
                    .findFirst().orElse("not found");
            why.add("Category " + decided + " (" + decided.title + ") is no longer met: " + reason + " Now eligible under "
                    + categories(met) + " instead.");
        }
        MeasuredBasis then = recheck.then();
        if (then == null) {
            why.add("The decision's measurements were not kept, so distances cannot be compared: check the case.");
        } else if (!Objects.equals(school(then), school(recheck.now())) || !Objects.equals(walking(then), walking(recheck.now()))) {
            why.add(recheck.now().changesSince(then));
        }
        if (why.isEmpty()) {
            return Optional.empty();
        }
        String decidedText = "Eligible" + (decided == null ? "" : ", category " + decided + " (" + decided.title + ")")
                + (then == null ? "" : "; walking " + Objects.requireNonNullElse(walking(then), "not measured") + "; policy " + then.policyVersion());
        String nowText = (met.isEmpty() ? now.summary() : "Eligible under " + categories(met)) + "; walking "
                + Objects.requireNonNullElse(walking(recheck.now()), "not measured") + "; policy " + now.policyVersion();
        return Optional.of(new Change(decidedText, nowText, why));
    }

    private static String categories(EnumSet<Category> met) {
        return met.stream().map(category -> "category " + category + " (" + category.title + ")").collect(Collectors.joining(", "));
    }

    private static @Nullable String school(MeasuredBasis basis) {
        return basis.measuredTo() == null ? null : basis.measuredTo().urn();
    }

    private static @Nullable String walking(MeasuredBasis basis) {
        return basis.measuredTo() == null ? null : basis.measuredTo().walkingLabel();
    }
}
