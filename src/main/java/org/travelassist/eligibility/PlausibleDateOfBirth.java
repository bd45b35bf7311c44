package org.travelassist.eligibility;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.travelassist.eligibility.internal.PlausibleDateOfBirthValidator;

/**
 * A child's date of birth: not after today in England (from the injected clock) and within the last 25 years
 * ({@link org.travelassist.shared.DateOfBirth}). Null passes, so that {@code @NotNull} says "Enter ...".
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDateOfBirthValidator.class)
public @interface PlausibleDateOfBirth {
    String message() default "Date of birth must be in the past";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};
}
