package org.travelassist.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the council keeps each kind of record, from {@code travelassist.retention.*}: the retention job
 * (reporting) applies it and the privacy notice states it. The periods are the council's to set from its own
 * retention schedule ({@code source} names it); the defaults are the demo council's, not a published schedule.
 * Applications run from the end of the child's last year of entitlement (the policy year in which compulsory school
 * age ends, or of the child's last decision if that is later); financial records from the end of the financial year
 * they belong to. The ledger is append-only and is never changed.
 *
 * @param applications an application, its timeline, questions, school findings, reviews and appeals: anonymised
 * @param evidence files sent with an application: deleted
 * @param letters decision, review and appeal letters as sent: deleted
 * @param drafts applications never sent, after their last change: deleted
 * @param budgets personal transport budgets with their instalments and absences: anonymised
 * @param claims mileage allowances and claims: anonymised
 * @param payments payment instructions: anonymised (payee and description), amounts and references kept
 * @param bankDetails a household's bank details (every version): deleted, counted from the end of the financial year of
 *     the household's last payment, once nothing can be paid to it (no open application, budget, claim, allowance
 *     being claimed or payment). Two years by default: each payment instruction keeps its own copy of the payee for the
 *     financial records' period, so payments needs the household's own details only to pay again (a reissue, a late
 *     claim, a returned payment) and for the year's audit of accounts, which closes in the year after
 * @param consents a family's consent for an adviser, once revoked, expired or never accepted: deleted. Six years by
 *     default: it is the authority for what the adviser saw and did (which the audit trail keeps), so a complaint or a
 *     claim about it can be answered within the limitation period (Limitation Act 1980, six years), as for applications
 * @param accounts a child, or the household's sign-in accounts, once nothing else is held about them and nothing is
 *     open: deleted this long after the child's details last changed or anyone in the household last signed in. One
 *     year by default, as for a draft: a family that added a child but never applied, or whose records have all gone,
 *     finds its details as it left them when it comes back for the next school year
 * @param contributions charges to families (a post-16 contribution, a spare seat) with their instalments: anonymised (the
 *     reason, a refund's reason, the child's name on the charged application), amounts, dates and references kept.
 *     Counted, like the other financial records, from the end of the financial year of the charge's last instalment
 *     (due, paid or refunded): six years by default, as the law asks of the council's accounting records and as long as
 *     an unpaid instalment can be recovered (Limitation Act 1980, s5)
 * @param cardPayments a family's card payments (Stripe Checkout): the link to the Checkout page the payer filled in is
 *     removed and the row marked, amounts, dates and Stripe's payment and refund references kept; from the end of the
 *     financial year it was paid, refunded or (never paid) begun in. Six years by default, as for contributions
 * @param undeliveredEmails an email the portal gave up sending (listed for officers as "Email not sent"): the email
 *     itself (the event it was to tell, with the address and everything the text is made from) is deleted, so it can
 *     never be sent, and the list's description removed, this long after the portal gave up. Three months by default:
 *     long enough for an officer to reach the family by phone or letter over a school holiday; the audit trail keeps
 *     that it was not sent and what kind of email it was, never the people in it
 * @param financialYearStartsMonth the month the council's financial year starts in; 4 (April) in England
 * @param source the council's retention schedule these periods come from, as the privacy notice names it
 */
@Validated
@ConfigurationProperties("travelassist.retention")
public record RetentionPolicy(
        @DefaultValue("P6Y") @NotNull Period applications,
        @DefaultValue("P6Y") @NotNull Period evidence,
        @DefaultValue("P6Y") @NotNull Period letters,
        @DefaultValue("P1Y") @NotNull Period drafts,
        @DefaultValue("P6Y") @NotNull Period budgets,
        @DefaultValue("P6Y") @NotNull Period claims,
        @DefaultValue("P6Y") @NotNull Period payments,
        @DefaultValue("P2Y") @NotNull Period bankDetails,
        @DefaultValue("P6Y") @NotNull Period consents,
        @DefaultValue("P1Y") @NotNull Period accounts,
        @DefaultValue("P6Y") @NotNull Period contributions,
        @DefaultValue("P6Y") @NotNull Period cardPayments,
        @DefaultValue("P3M") @NotNull Period undeliveredEmails,
        @DefaultValue("4") @Min(1) @Max(12) int financialYearStartsMonth,
        @DefaultValue("The demo council's retention schedule (set travelassist.retention.source to the council's own)") @NotBlank String source) {

    public RetentionPolicy {
        for (Period period : new Period[] {applications, evidence, letters, drafts, budgets, claims, payments, bankDetails, consents, accounts,
                contributions, cardPayments, undeliveredEmails}) {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("Every travelassist.retention period must be more than nothing, not " + period);
            }
        }
    }

    /** "6 years", "18 months": a period as the privacy notice says it. */
    public static String spoken(Period period) {
        var parts = new java.util.ArrayList<String>();
        if (period.getYears() != 0) {
            parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
        }
        if (period.getDays() != 0) {
            parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" and ", parts);
    }
}
