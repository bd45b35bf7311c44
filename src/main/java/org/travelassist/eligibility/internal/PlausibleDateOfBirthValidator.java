package org.travelassist.eligibility.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.PlausibleDateOfBirth;
import org.travelassist.shared.DateOfBirth;
import org.travelassist.shared.GovukDates;

/** Built by Spring's validator factory, so "today" comes from the application's clock, in England. */
public class PlausibleDateOfBirthValidator implements ConstraintValidator<PlausibleDateOfBirth, LocalDate> {

    private final Clock clock;

    public PlausibleDateOfBirthValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return DateOfBirth.problem(value, GovukDates.today(clock)).map(problem -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(Messages.literal(problem)).addConstraintViolation();
            return false;
        }).orElse(true);
    }
}
