package org.travelassist.eligibility.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.OpenSchool;
import org.travelassist.schools.SchoolRegister;

public class OpenSchoolValidator implements ConstraintValidator<OpenSchool, String> {

    private final SchoolRegister schools;

    public OpenSchoolValidator(SchoolRegister schools) {
        this.schools = schools;
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank() || schools.find(value.strip()).isPresent()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(Messages.literal("There is no open school with URN " + value.strip()))
                .addConstraintViolation();
        return false;
    }
}
