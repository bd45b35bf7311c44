package org.travelassist.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The council that runs the service, from {@code travelassist.council.*}: who it is and how to reach it (for every
 * page's footer, the letters and the emails), and the working-day windows of its decisions, reviews and appeals.
 * Checked at start-up: the portal does not start without a name, an address or a way to reach the council.
 *
 * @param name the council's name, "Rutland County Council"
 * @param area the area it serves, as families say it: "children who live in Rutland"
 * @param team the team that answers about home-to-school travel, as letters sign off
 * @param addressLines the postal address without the postcode
 * @param openingHours when the phone line is open, as a sentence: "Monday to Friday, 8:30am to 5pm"
 * @param dataProtectionEmail how to reach the council's data protection officer (privacy notice)
 * @param bacs the council's own bank details for payments it makes by BACS; empty until payments are set up
 */
@Validated
@ConfigurationProperties("travelassist.council")
public record CouncilProfile(
        @NotBlank String name,
        @NotBlank String area,
        @NotBlank String team,
        @NotEmpty List<@NotBlank String> addressLines,
        @NotNull Postcode postcode,
        @NotBlank String phone,
        @NotBlank @Email String email,
        @NotNull URI website,
        @NotBlank String openingHours,
        @NotBlank @Email String dataProtectionEmail,
        @Valid @DefaultValue WorkingDayWindows workingDays,
        @Valid @Nullable Bacs bacs) {

    /** The address on one line: "Catmose, Oakham, Rutland LE15 6HP". */
    public String addressOnOneLine() {
        return String.join(", ", addressLines) + " " + postcode;
    }

    /**
     * How long each step may take, in working days (England and Wales bank holidays excluded). The defaults are the
     * statutory guidance's ("Travel to school for children of compulsory school age", 2024, annex on reviews and
     * appeals); a council may set shorter ones.
     *
     * @param decision from an application being sent to the council's decision
     * @param reviewRequest from the decision letter, for the family to ask for a stage 1 review
     * @param reviewDecision from the review request, for a senior officer to decide it
     * @param appealRequest from the review letter, for the family to appeal to the panel (stage 2)
     * @param hearingWithin from the appeal, for the panel to hear it
     * @param furtherEvidenceBeforeHearing before the hearing, for the family to send more evidence
     * @param panelLetterAfterHearing after the hearing, for the panel's letter with its decision
     */
    public record WorkingDayWindows(
            @DefaultValue("20") @Positive int decision,
            @DefaultValue("20") @Positive int reviewRequest,
            @DefaultValue("20") @Positive int reviewDecision,
            @DefaultValue("20") @Positive int appealRequest,
            @DefaultValue("40") @Positive int hearingWithin,
            @DefaultValue("10") @Positive int furtherEvidenceBeforeHearing,
            @DefaultValue("5") @Positive int panelLetterAfterHearing) {}

    /**
     * The council's originating account for BACS payments (Standard 18).
     *
     * @param serviceUserNumber the six-digit number the sponsoring bank gave the council
     * @param accountName as the bank holds it, at most 18 characters (the Standard 18 field)
     */
    public record Bacs(
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be 6 digits") String serviceUserNumber,
            @NotBlank @Pattern(regexp = "\\d{2}-\\d{2}-\\d{2}", message = "must be written like 12-34-56") String sortCode,
            @NotBlank @Pattern(regexp = "\\d{8}", message = "must be 8 digits") String accountNumber,
            @NotBlank @Size(max = 18) String accountName) {}
}
