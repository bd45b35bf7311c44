package org.travelassist.eligibility;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.travelassist.eligibility.internal.OpenSchoolValidator;

/** The URN of an open school in the register; null or blank passes ("not decided yet"). */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OpenSchoolValidator.class)
public @interface OpenSchool {
    String message() default "There is no open school with that URN";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};
}
