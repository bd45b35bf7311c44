package org.travelassist.eligibility.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The checker's questions, as JSON. Everything arrives as typed; {@link EligibilityApi} says what is wrong. */
@Schema(description = "A family's answers to the eligibility checker")
record CheckPayload(
        @Schema(description = "Home postcode, in any case and spacing", example = "le156hq", requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable String postcode,
        @Schema(description = "Child's date of birth, ISO 8601", example = "2014-05-01", requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable String dateOfBirth,
        @Schema(description = "URN of the school the child attends or will attend; omit when not decided", example = "137340")
        @Nullable String schoolUrn,
        @Schema(description = "Special educational needs, a disability or a mobility problem")
        @Nullable Boolean specialEducationalNeeds,
        @Schema(description = "Free school meals, or the maximum Working Tax Credit")
        @Nullable Boolean lowIncome,
        @Schema(description = "Religious character of school wanted on grounds of religion or belief", example = "Church of England")
        @Nullable String religionOrBelief) {}
