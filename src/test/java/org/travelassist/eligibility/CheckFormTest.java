package org.travelassist.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.travelassist.eligibility.internal.OpenSchoolValidator;
import org.travelassist.eligibility.internal.PlausibleDateOfBirthValidator;
import org.travelassist.schools.SchoolRegister;

/** The checker's constraints, once for the page and the API, with "today" from a clock. */
class CheckFormTest {

    /** In summer, England is an hour ahead of UTC. */
    static final Clock LATE_ON_31_MAY_UTC = Clock.fixed(Instant.parse("2026-05-31T23:30:00Z"), ZoneOffset.UTC);

    static Validator validator(Clock clock) {
        SchoolRegister schools = mock(SchoolRegister.class);
        when(schools.find("137340")).thenReturn(Optional.of(mock(org.travelassist.schools.School.class)));
        var configuration = Validation.byDefaultProvider().configure();
        var standard = configuration.getDefaultConstraintValidatorFactory();
        ConstraintValidatorFactory factory = new ConstraintValidatorFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                if (key == PlausibleDateOfBirthValidator.class) {
                    return (T) new PlausibleDateOfBirthValidator(clock);
                }
                if (key == OpenSchoolValidator.class) {
                    return (T) new OpenSchoolValidator(schools);
                }
                return standard.getInstance(key);
            }

            @Override
            public void releaseInstance(ConstraintValidator<?, ?> instance) {}
        };
        return configuration.constraintValidatorFactory(factory).buildValidatorFactory().getValidator();
    }

    static Map<String, String> problems(Validator validator, CheckForm form) {
        var problems = new TreeMap<String, String>();
        validator.validate(form).forEach(v -> problems.put(v.getPropertyPath().toString(), v.getMessage()));
        return problems;
    }

    static CheckForm form(String postcode, LocalDate born, String school) {
        return new CheckForm(postcode, born, school, null, null, null, null);
    }

    @Test
    void a_good_answer_has_no_problems_and_becomes_the_rules_request() {
        var form = new CheckForm(" le15 7hy ", LocalDate.of(2014, 5, 1), "137340", true, null, " ", EligibilityQuestion.Sex.GIRL);
        assertThat(problems(validator(LATE_ON_31_MAY_UTC), form)).isEmpty();
        CheckRequest request = form.toRequest();
        assertThat(request.postcode().value()).isEqualTo("LE15 7HY");
        assertThat(request.senDisabilityOrMobility()).isTrue();
        assertThat(request.lowIncome()).isFalse();
        assertThat(request.religionOrBelief()).isNull();
        assertThat(request.sex()).isEqualTo(EligibilityQuestion.Sex.GIRL);
    }

    @Test
    void each_problem_is_named_by_its_field_in_the_words_the_page_shows() {
        var validator = validator(LATE_ON_31_MAY_UTC);
        assertThat(problems(validator, new CheckForm(null, null, null, null, null, null, null))).containsExactly(
                Map.entry("dateOfBirth", "Enter your child's date of birth"), Map.entry("postcode", "Enter your home postcode"));
        assertThat(problems(validator, form("LE15", LocalDate.of(2014, 5, 1), "1"))).containsExactly(
                Map.entry("postcode", "Enter a real postcode, like LE15 6HQ"), Map.entry("schoolUrn", "There is no open school with URN 1"));
        assertThat(problems(validator, form("LE15 7HY", LocalDate.of(2000, 1, 1), null)))
                .containsEntry("dateOfBirth", "Date of birth must be within the last 25 years");
        assertThat(problems(validator, form("LE15 7HY", LocalDate.of(2014, 5, 1), "${1+1}{x}")))
                .as("typed text is never read as an expression").containsEntry("schoolUrn", "There is no open school with URN ${1+1}{x}");
    }

    @Test
    void today_is_the_day_in_england_from_the_clock() {
        // 23:30 UTC on 31 May is 00:30 on 1 June in England (BST).
        var validator = validator(LATE_ON_31_MAY_UTC);
        assertThat(problems(validator, form("LE15 7HY", LocalDate.of(2026, 6, 1), null))).isEmpty();
        assertThat(problems(validator, form("LE15 7HY", LocalDate.of(2026, 6, 2), null)))
                .containsEntry("dateOfBirth", "Date of birth must be in the past");
    }
}
