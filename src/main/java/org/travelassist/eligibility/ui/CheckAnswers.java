package org.travelassist.eligibility.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.CheckRequest;
import org.travelassist.eligibility.EligibilityCheck;
import org.travelassist.schools.School;

/** What was typed into the checker and its last answer, kept in the session so Back and "Change" lose nothing. */
record CheckAnswers(String postcode, String day, String month, String year, @Nullable School school,
        boolean specialNeeds, boolean lowIncome, String religion, @Nullable String sex) implements Serializable {

    private static final String ANSWERS = CheckAnswers.class.getName();
    private static final String RESULT = CheckAnswers.class.getName() + ".result";
    private static final String REQUEST = CheckAnswers.class.getName() + ".request";

    void keep() {
        VaadinSession.getCurrent().setAttribute(ANSWERS, this);
    }

    static Optional<CheckAnswers> find() {
        return Optional.ofNullable((CheckAnswers) VaadinSession.getCurrent().getAttribute(ANSWERS));
    }

    static void keepResult(CheckRequest request, EligibilityCheck check) {
        VaadinSession.getCurrent().setAttribute(REQUEST, request);
        VaadinSession.getCurrent().setAttribute(RESULT, check);
    }

    static Optional<CheckRequest> request() {
        return Optional.ofNullable((CheckRequest) VaadinSession.getCurrent().getAttribute(REQUEST));
    }

    static Optional<EligibilityCheck> result() {
        return Optional.ofNullable((EligibilityCheck) VaadinSession.getCurrent().getAttribute(RESULT));
    }
}
