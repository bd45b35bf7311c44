package org.travelassist.accounts;

import org.jspecify.annotations.Nullable;

/**
 * What a parent enters about a child, as typed. {@link ChildRules} says what is wrong with it;
 * {@link #postcode()} is normalised on save.
 */
public record ChildForm(
        String fullName,
        String dayOfBirth,
        String monthOfBirth,
        String yearOfBirth,
        String addressLine1,
        String town,
        String postcode,
        String schoolName,
        @Nullable Boolean hasEhcPlan) {

    public static ChildForm empty() {
        return new ChildForm("", "", "", "", "", "", "", "", null);
    }

    public static ChildForm of(ChildDetails child) {
        return new ChildForm(child.fullName(),
                String.valueOf(child.dateOfBirth().getDayOfMonth()),
                String.valueOf(child.dateOfBirth().getMonthValue()),
                String.valueOf(child.dateOfBirth().getYear()),
                child.addressLine1(), nullToEmpty(child.town()), child.postcode().value(),
                nullToEmpty(child.schoolName()), child.hasEhcPlan());
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
