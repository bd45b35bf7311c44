package org.travelassist.accounts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.travelassist.shared.DateOfBirth;
import org.travelassist.shared.Postcode;

/**
 * What makes a child's details acceptable, with the GOV.UK wording for each problem. Keys are the field names,
 * in the order the fields appear, so the error summary lists problems in page order.
 */
public final class ChildRules {

    public static final int FULL_NAME_MAX = 100;
    public static final int ADDRESS_LINE_MAX = 100;
    public static final int TOWN_MAX = 60;
    public static final int SCHOOL_NAME_MAX = 120;

    public static final String FULL_NAME = "fullName";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String ADDRESS_LINE1 = "addressLine1";
    public static final String TOWN = "town";
    public static final String POSTCODE = "postcode";
    public static final String SCHOOL_NAME = "schoolName";
    public static final String HAS_EHC_PLAN = "hasEhcPlan";

    private ChildRules() {}

    /** Every problem with the form; empty when it can be saved. */
    public static Map<String, String> problems(ChildForm form, LocalDate today) {
        var problems = new LinkedHashMap<String, String>();
        String name = form.fullName().strip();
        if (name.isEmpty()) {
            problems.put(FULL_NAME, "Enter your child's full name");
        } else if (name.length() > FULL_NAME_MAX) {
            problems.put(FULL_NAME, "Full name must be " + FULL_NAME_MAX + " characters or fewer");
        }
        dateOfBirthProblem(form, today).ifPresent(problem -> problems.put(DATE_OF_BIRTH, problem));
        String address = form.addressLine1().strip();
        if (address.isEmpty()) {
            problems.put(ADDRESS_LINE1, "Enter the first line of your child's home address");
        } else if (address.length() > ADDRESS_LINE_MAX) {
            problems.put(ADDRESS_LINE1, "Address line 1 must be " + ADDRESS_LINE_MAX + " characters or fewer");
        }
        if (form.town().strip().length() > TOWN_MAX) {
            problems.put(TOWN, "Town or city must be " + TOWN_MAX + " characters or fewer");
        }
        if (form.postcode().isBlank()) {
            problems.put(POSTCODE, "Enter the postcode of your child's home address");
        } else if (Postcode.parse(form.postcode()).isEmpty()) {
            problems.put(POSTCODE, Postcode.NOT_A_POSTCODE);
        }
        if (form.schoolName().strip().length() > SCHOOL_NAME_MAX) {
            problems.put(SCHOOL_NAME, "School name must be " + SCHOOL_NAME_MAX + " characters or fewer");
        }
        if (form.hasEhcPlan() == null) {
            problems.put(HAS_EHC_PLAN, "Select yes if your child has an education, health and care plan");
        }
        return problems;
    }

    /** The date of birth, once {@link #problems} has found nothing wrong with it. */
    public static LocalDate dateOfBirth(ChildForm form) {
        return DateOfBirth.parse(form.dayOfBirth(), form.monthOfBirth(), form.yearOfBirth());
    }

    private static Optional<String> dateOfBirthProblem(ChildForm form, LocalDate today) {
        return DateOfBirth.problem(form.dayOfBirth(), form.monthOfBirth(), form.yearOfBirth(), today);
    }
}
