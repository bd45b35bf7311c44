package org.travelassist.eligibility.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.travelassist.eligibility.CheckForm;
import org.travelassist.eligibility.EligibilityService;
import org.travelassist.eligibility.UnknownPostcodeException;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.DatabaseOutage;
import tools.jackson.databind.exc.MismatchedInputException;

/** The checker as JSON, for council websites and partners. Open, rate limited per client. */
@RestController
@RequestMapping("/api/eligibility")
@Tag(name = "Eligibility", description = "Provisional eligibility for free home-to-school travel")
class EligibilityApi {

    private static final Logger log = LoggerFactory.getLogger(EligibilityApi.class);

    private final EligibilityService eligibility;
    private final CouncilProfile council;

    EligibilityApi(EligibilityService eligibility, CouncilProfile council) {
        this.eligibility = eligibility;
        this.council = council;
    }

    @PostMapping(path = "/checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check whether a child is likely to get free travel to school",
            description = "The same rules and data as the checker page. The answer is provisional: the council decides.")
    @ApiResponse(responseCode = "200", description = "The provisional answer")
    @ApiResponse(responseCode = "400", description = "A problem with the request, as RFC 9457 problem details naming each field")
    @ApiResponse(responseCode = "429", description = "Too many requests from this client; Retry-After says when to try again")
    @ApiResponse(responseCode = "503", description = "Unavailable for a moment (the database is restarting); Retry-After says when to try again")
    CheckResponse check(@Valid @RequestBody CheckForm form) {
        var request = form.toRequest();
        try {
            return CheckResponse.of(eligibility.check(request));
        } catch (UnknownPostcodeException e) {
            throw new InvalidCheckException(Map.of("postcode", e.explain(council)));
        }
    }

    /** The same constraints as the checker page, each problem named by its field, in field order. */
    @ExceptionHandler
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        var problems = new TreeMap<String, String>();
        e.getBindingResult().getFieldErrors().forEach(error -> problems.putIfAbsent(error.getField(), String.valueOf(error.getDefaultMessage())));
        return invalid(new InvalidCheckException(problems));
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

    /**
     * The database out of reach for a moment (restarting, or every connection busy past the pool's timeout): 503
     * with Retry-After, so a caller knows to try again rather than take it for a bug on either side.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("Check refused for now: the database is out of reach ({})", e.toString());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The checker is unavailable for a moment. Try again in a few seconds.");
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).body(problem);
    }

    /**
     * A rollback that failed because the connection broke under the request (PostgreSQL stopping mid-check) is the
     * same outage; any other such failure stays the error it was.
     */
    @ExceptionHandler({UncategorizedDataAccessException.class, TransactionSystemException.class})
    ResponseEntity<ProblemDetail> failedPartWay(RuntimeException e) {
        if (!DatabaseOutage.isCause(e)) {
            throw e;
        }
        return unavailable(e);
    }

    /** A field the checker does not ask, or a value of the wrong kind, is named; anything else is "not valid JSON". */
    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CheckForm.UnknownFieldException unknown) {
                return invalid(new InvalidCheckException(Map.of(unknown.field, "The checker does not ask about " + unknown.field
                        + ". The fields are postcode, dateOfBirth, schoolUrn, specialEducationalNeeds, lowIncome, religionOrBelief and sex")));
            }
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                    && mismatch.getPath().getFirst().getPropertyName() != null) {
                String field = mismatch.getPath().getFirst().getPropertyName();
                return invalid(new InvalidCheckException(Map.of(field, switch (field) {
                    case "dateOfBirth" -> "Date of birth must be a real date, like 2014-05-01";
                    case "sex" -> "Sex must be GIRL or BOY, or left out";
                    case "specialEducationalNeeds", "lowIncome" -> field + " must be true or false";
                    default -> field + " must be text";
                })));
            }
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for a check");
        problem.setTitle("Invalid request");
        return problem;
    }
}
