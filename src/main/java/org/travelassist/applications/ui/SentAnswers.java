package org.travelassist.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.Question;
import org.travelassist.shared.UploadedFiles;
import org.travelassist.shared.ui.SummaryList;

/** What the family sent, read-only: on their tracker once the application has gone, and on the case page. */
class SentAnswers extends Div {

    SentAnswers(ApplicationDetails application) {
        setId("what-you-sent");
        var answers = new SummaryList();
        addAnswers(answers, application);
        application.evidence().forEach(file -> answers.row("Evidence", file.fileName() + " (" + UploadedFiles.size(file.sizeBytes()) + ")"));
        if (application.evidence().isEmpty()) {
            answers.row("Evidence", "None sent");
        }
        add(new NativeDetails("What you sent", answers));
    }

    /** One row for each question, as the family answered it. */
    static void addAnswers(SummaryList list, ApplicationDetails application) {
        for (Question question : ApplicationQuestions.ALL) {
            list.row(question.summaryLabel(), question.kind() == Question.Kind.SCHOOL ? String.valueOf(application.schoolName())
                    : question.display(application.answer(question.key())));
        }
    }
}
