package org.travelassist.eligibility.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.travelassist.eligibility.CheckRequest;
import org.travelassist.eligibility.EligibilityService;
import org.travelassist.eligibility.UnknownPostcodeException;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.shared.DateOfBirth;
import org.travelassist.shared.Postcode;
import org.travelassist.shared.GovukDates;

/** The checker as JSON, for council websites and partners. Open, rate limited per client. */
@RestController
@RequestMapping("/api/eligibility")
@Tag(name = "Eligibility", description = "Provisional eligibility for free home-to-school travel")
class EligibilityApi {

    private final EligibilityService eligibility;
    private final SchoolRegister schools;
    private final Clock clock;

    EligibilityApi(EligibilityService eligibility, SchoolRegister schools, Clock clock) {
        this.eligibility = eligibility;
        this.schools = schools;
        this.clock = clock;
    }

    @PostMapping("/checks")
    @Operation(summary = "Check whether a child is likely to get free travel to school",
            description = "The same rules and data as the checker page. The answer is provisional: the council decides.")
    @ApiResponse(responseCode = "200", description = "The provisional answer")
    @ApiResponse(responseCode = "400", description = "A problem with the request, as RFC 9457 problem details naming each field")
    @ApiResponse(responseCode = "429", description = "Too many requests from this client; Retry-After says when to try again")
    CheckResponse check(@RequestBody CheckPayload payload) {
        var problems = new LinkedHashMap<String, String>();
        Optional<Postcode> postcode = Optional.empty();
        if (payload.postcode() == null || payload.postcode().isBlank()) {
            problems.put("postcode", "Enter the home postcode");
        } else {
            postcode = Postcode.parse(payload.postcode());
            if (postcode.isEmpty()) {
                problems.put("postcode", Postcode.NOT_A_POSTCODE);
            }
        }
        LocalDate dateOfBirth = null;
        if (payload.dateOfBirth() == null || payload.dateOfBirth().isBlank()) {
            problems.put("dateOfBirth", "Enter the child's date of birth, like 2014-05-01");
        } else {
            try {
                dateOfBirth = LocalDate.parse(payload.dateOfBirth().strip());
                DateOfBirth.problem(dateOfBirth, GovukDates.today(clock)).ifPresent(message -> problems.put("dateOfBirth", message));
            } catch (DateTimeParseException e) {
                problems.put("dateOfBirth", "Date of birth must be a real date, like 2014-05-01");
            }
        }
        if (payload.schoolUrn() != null && !payload.schoolUrn().isBlank() && schools.find(payload.schoolUrn().strip()).isEmpty()) {
            problems.put("schoolUrn", "There is no open school with URN " + payload.schoolUrn().strip());
        }
        if (!problems.isEmpty()) {
            throw new InvalidCheckException(problems);
        }
        var request = new CheckRequest(postcode.orElseThrow(), dateOfBirth,
                payload.schoolUrn() == null || payload.schoolUrn().isBlank() ? null : payload.schoolUrn().strip(),
                Boolean.TRUE.equals(payload.specialEducationalNeeds()), Boolean.TRUE.equals(payload.lowIncome()),
                payload.religionOrBelief() == null || payload.religionOrBelief().isBlank() ? null : payload.religionOrBelief().strip());
        try {
            return CheckResponse.of(eligibility.check(request));
        } catch (UnknownPostcodeException e) {
            throw new InvalidCheckException(Map.of("postcode", "We cannot find " + request.postcode() + " in the postcode register"));
        }
    }

    static final class InvalidCheckException extends RuntimeException {
        final Map<String, String> problems;

        InvalidCheckException(Map<String, String> problems) {
            super("Invalid check: " + problems.keySet());
            this.problems = Map.copyOf(problems);
        }
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidCheckException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some answers need correcting");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.problems.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> Map.of("field", entry.getKey(), "message", entry.getValue()))
                .toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for a check");
        problem.setTitle("Invalid request");
        return problem;
    }
}
