package org.travelassist.eligibility;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.travelassist.eligibility.internal.RealPostcodeValidator;

/** A UK postcode in any case and spacing ("le156hq"); empty passes, so that {@code @NotBlank} says "Enter ...". */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RealPostcodeValidator.class)
public @interface RealPostcode {
    String message() default "Enter a real postcode, like LE15 6HQ";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};
}
