package org.travelassist.eligibility;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityQuestion.Sex;
import org.travelassist.shared.Postcode;

/**
 * The checker's questions as a family answers them, with the rules for a usable answer written once: the checker
 * page validates this and so does the JSON API ({@code @Valid}). {@link #toRequest()} once it is valid.
 */
@Schema(description = "A family's answers to the eligibility checker")
public record CheckForm(
        @Schema(description = "Home postcode, in any case and spacing", example = "le156hq", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "Enter your home postcode") @Size(max = 20, message = "Enter a real postcode, like LE15 6HQ") @RealPostcode
        @Nullable String postcode,
        @Schema(description = "Child's date of birth, ISO 8601", example = "2014-05-01", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "Enter your child's date of birth") @PlausibleDateOfBirth
        @Nullable LocalDate dateOfBirth,
        @Schema(description = "URN of the school the child attends or will attend; omit when not decided", example = "137340")
        @Size(max = 10, message = "A school URN has up to 10 digits") @OpenSchool
        @Nullable String schoolUrn,
        @Schema(description = "Special educational needs, a disability or a mobility problem")
        @Nullable Boolean specialEducationalNeeds,
        @Schema(description = "The child is entitled to free school meals (for example, the family gets Universal Credit with net earned income of no more than £7,400 a year)")
        @Nullable Boolean lowIncome,
        @Schema(description = "Religious character of school wanted on grounds of religion or belief", example = "Church of England")
        @Size(max = 100, message = "Religion or belief must be 100 characters or fewer")
        @Nullable String religionOrBelief,
        @Schema(description = "GIRL or BOY; it matters only for single-sex schools. Omit if you prefer not to say")
        @Nullable Sex sex) {

    /** Refuses a field the checker does not ask, rather than ignore a typing slip such as "postCode". */
    @JsonAnySetter
    void unknownField(String name, @Nullable Object value) {
        throw new UnknownFieldException(name);
    }

    /** A JSON field that is not one of the checker's questions. */
    public static final class UnknownFieldException extends RuntimeException {
        public final String field;

        UnknownFieldException(String field) {
            super("Unknown field " + field);
            this.field = field;
        }
    }

    /** The rules' request; only for a form with no constraint violations. */
    public CheckRequest toRequest() {
        if (postcode == null || dateOfBirth == null) {
            throw new IllegalStateException("Validate the form first");
        }
        return new CheckRequest(Postcode.parse(postcode).orElseThrow(), dateOfBirth, blankToNull(schoolUrn),
                Boolean.TRUE.equals(specialEducationalNeeds), Boolean.TRUE.equals(lowIncome), blankToNull(religionOrBelief), sex);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
