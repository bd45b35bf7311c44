package org.travelassist.eligibility.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.RealPostcode;
import org.travelassist.shared.Postcode;

public class RealPostcodeValidator implements ConstraintValidator<RealPostcode, String> {

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || Postcode.parse(value).isPresent();
    }
}
