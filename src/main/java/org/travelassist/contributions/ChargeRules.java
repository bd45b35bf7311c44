package org.travelassist.contributions;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.travelassist.shared.Money;

/**
 * The rules of a charge, with no database: reading what the officer typed, and splitting the charge into instalments
 * that add up to it exactly (the odd pennies on the first ones), each due a month after the last.
 */
public final class ChargeRules {

    public static final int MOST_INSTALMENTS = 12;
    public static final int REASON_LENGTH = 1000;
    /** No charge for travel comes near this; a typing slip (an extra nought or two) does. */
    public static final Money LARGEST_CHARGE = Money.ofPounds(5_000);

    private ChargeRules() {}

    /** One part of a charge. */
    public record PlannedInstalment(int number, Money amount, LocalDate dueOn) {}

    /** A charge ready to set: its kind, total, reason and instalments. */
    public record Plan(ChargeKind kind, Money total, String reason, List<PlannedInstalment> instalments) {}

    /**
     * @param total more than £0.00
     * @param count 1 to {@link #MOST_INSTALMENTS}
     * @return the parts, adding up to {@code total} exactly; due on {@code firstDue} and then a month apart (on the
     *     same day of the month, or the month's last day when it is shorter)
     */
    public static List<PlannedInstalment> split(Money total, int count, LocalDate firstDue) {
        if (!total.isPositive()) {
            throw new IllegalArgumentException("A charge must be more than £0.00: " + total);
        }
        if (count < 1 || count > MOST_INSTALMENTS) {
            throw new IllegalArgumentException("A charge is paid in 1 to " + MOST_INSTALMENTS + " instalments, not " + count);
        }
        if (total.pence() < count) {
            throw new IllegalArgumentException(total + " cannot be split into " + count + " instalments of at least 1p");
        }
        List<Money> parts = total.allocate(count);
        List<PlannedInstalment> planned = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            planned.add(new PlannedInstalment(i + 1, parts.get(i), firstDue.plusMonths(i)));
        }
        return List.copyOf(planned);
    }

    /**
     * Reads the officer's form. Every problem is reported at once, by field, in GOV.UK words.
     *
     * @throws InvalidCharge with the problems, by field id
     */
    public static Plan plan(ChargeForm form, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.kind() == null) {
            problems.put("kind", "Select what the charge is for");
        }
        Money total = null;
        switch (Money.parse(form.amount())) {
            case Money.Parsed.Refused refused -> problems.put("amount", refused.message());
            case Money.Parsed.Amount(Money money) when money.isZero() -> problems.put("amount", "Enter an amount more than £0.00");
            case Money.Parsed.Amount(Money money) when money.isGreaterThan(LARGEST_CHARGE) ->
                    problems.put("amount", "Enter an amount of " + LARGEST_CHARGE + " or less");
            case Money.Parsed.Amount(Money money) -> total = money;
        }
        Integer count = null;
        String typedCount = form.instalments().strip();
        if (typedCount.isEmpty()) {
            problems.put("instalments", "Enter how many instalments, or 1 to pay in full");
        } else if (!typedCount.matches("\\d{1,2}") || Integer.parseInt(typedCount) < 1 || Integer.parseInt(typedCount) > MOST_INSTALMENTS) {
            problems.put("instalments", "Enter a whole number of instalments from 1 to " + MOST_INSTALMENTS);
        } else {
            count = Integer.parseInt(typedCount);
            if (total != null && total.pence() < count) {
                problems.put("instalments", "Enter fewer instalments: each must be at least £0.01");
            }
        }
        LocalDate firstDue = null;
        if (form.firstDueDay().isBlank() && form.firstDueMonth().isBlank() && form.firstDueYear().isBlank()) {
            problems.put("firstDue", "Enter the date the first payment is due");
        } else {
            try {
                firstDue = LocalDate.of(Integer.parseInt(form.firstDueYear().strip()), Integer.parseInt(form.firstDueMonth().strip()),
                        Integer.parseInt(form.firstDueDay().strip()));
                if (firstDue.isBefore(today)) {
                    problems.put("firstDue", "The date the first payment is due must be today or in the future");
                    firstDue = null;
                } else if (firstDue.isAfter(today.plusYears(1))) {
                    problems.put("firstDue", "The date the first payment is due must be within a year");
                    firstDue = null;
                }
            } catch (NumberFormatException | DateTimeException e) {
                problems.put("firstDue", "The date the first payment is due must be a real date, like 1 9 2027");
            }
        }
        String reason = form.reason().strip();
        if (reason.isEmpty()) {
            problems.put("reason", "Enter the reason for the charge: the family reads it");
        } else if (reason.length() > REASON_LENGTH) {
            problems.put("reason", "The reason must be " + REASON_LENGTH + " characters or fewer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCharge(problems);
        }
        return new Plan(form.kind(), total, reason, split(total, count, firstDue));
    }

    /** The officer's form has problems. */
    public static final class InvalidCharge extends RuntimeException {

        private final Map<String, String> problems;

        InvalidCharge(Map<String, String> problems) {
            super(String.join("; ", problems.values()));
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() {
            return problems;
        }
    }
}
