package org.travelassist.schools.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.travelassist.schools.SchoolYear;
import org.travelassist.schools.TermCalendar;
import org.travelassist.schools.TermCalendarCheck;
import org.travelassist.schools.TermCalendars;
import org.travelassist.schools.internal.TermCalendarCsv;
import org.travelassist.shared.GovukDates;

/**
 * Uploading a calendar in two steps: the file is checked and shown (or its problems listed by line); nothing changes
 * until the officer applies it, and then it is applied whole.
 */
class TermCalendarUploadPanel extends Div {

    private final TermCalendars calendars;
    private final Consumer<TermCalendar> applied;
    private CalendarOwner owner = CalendarOwner.COUNCIL;
    private SchoolYear year;
    private final Paragraph target = new Paragraph();
    final Upload upload = new Upload();
    final Div report = new Div();
    @Nullable TermCalendarCheck checked;

    TermCalendarUploadPanel(TermCalendars calendars, SchoolYear year, Consumer<TermCalendar> applied) {
        this.calendars = calendars;
        this.year = year;
        this.applied = applied;
        UI ui = UI.getCurrent(); // the upload completes on a request thread: update the page through its UI
        upload.setUploadHandler(new SmallUpload(ui));
        upload.setId("term-dates-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TermCalendarCsv.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));
        report.setId("term-dates-report");
        add(new H2("Upload term dates"), target,
                new Paragraph("A CSV file saved from a spreadsheet, with the header " + TermCalendarCsv.HEADER + " and one period a "
                        + "line: the kind (term, holiday, training day or closure), the first and last days (like 2026-09-01 or "
                        + "01/09/2026; leave the last day empty for a single day) and its name, which families see as the reason a "
                        + "day is closed. Half terms go inside their term. Weekends and bank holidays are closed without a line."),
                upload, report);
        show(owner, year);
    }

    /** Whose calendar and which year an upload is for; a file checked for another is set aside. */
    void show(CalendarOwner owner, SchoolYear year) {
        this.owner = owner;
        this.year = year;
        target.setText("For " + (owner.urn() == null ? "the council's standard calendar" : owner.name()) + ", " + year
                + (owner.urn() == null ? ": it applies to every school without its own." : ": it replaces the council's for this school."));
        checked = null;
        report.removeAll();
    }

    /** Checks a file and shows what it holds, or its problems by line. */
    void check(String fileName, InputStream in) {
        showChecked(calendars.check(owner.urn(), year, fileName, in));
    }

    private void showChecked(TermCalendarCheck result) {
        checked = result;
        String fileName = result.source();
        report.removeAll();
        if (!result.canApply()) {
            var problems = new UnorderedList();
            result.problems().forEach(problem -> problems.add(new ListItem(problem.line() > 0
                    ? "Line " + problem.line() + ": " + problem.reason() : problem.reason())));
            if (result.problems().isEmpty()) {
                problems.add(new ListItem("The file has no periods"));
            }
            var refused = new Div(new H3("The file " + fileName + " cannot be applied"), problems,
                    new Paragraph("Nothing has changed. Correct the file and upload it again."));
            refused.setId("term-dates-problems");
            refused.addClassName("ta-warning");
            report.add(refused);
            return;
        }
        var preview = new TermCalendar(UUID.randomUUID(), result.schoolUrn(), result.year(), result.source(), result.periods(), "", Instant.EPOCH);
        var apply = new Button("Apply these term dates", click -> apply());
        apply.setId("apply-term-dates");
        apply.addClassName("ta-button");
        apply.setDisableOnClick(true);
        var discard = new Button("Do not apply them", click -> show(owner, year));
        discard.setId("discard-term-dates");
        var buttons = new Div(apply, discard);
        buttons.addClassName("ta-button-group");
        report.add(new H3("Check the term dates in " + fileName), new Paragraph(replaces(result)), new TermCalendarList(preview), buttons);
    }

    private static String replaces(TermCalendarCheck checked) {
        TermCalendar old = checked.replaces();
        if (old == null) {
            return checked.schoolUrn() == null
                    ? "Nothing has changed yet. Applying them makes them the council's standard term dates for " + checked.year() + "."
                    : "Nothing has changed yet. Applying them gives " + checked.calendarOf() + " its own term dates for " + checked.year()
                            + ", in place of the council's.";
        }
        return "Nothing has changed yet. Applying these dates replaces the ones loaded from " + old.source() + " by " + old.loadedBy()
                        + " on " + GovukDates.day(old.loadedAt()) + ".";
    }

    private void apply() {
        TermCalendarCheck toApply = checked;
        if (toApply == null) {
            return;
        }
        TermCalendar calendar = calendars.apply(toApply);
        show(owner, year);
        applied.accept(calendar);
    }

    private void showProblem(String message) {
        report.removeAll();
        var problem = new Paragraph(message);
        problem.setId("term-dates-problem");
        problem.addClassName("ta-error-message");
        report.add(problem);
    }

    /** Reads the file into memory, stopping past the size limit: a year's calendar is a few kilobytes. */
    private final class SmallUpload implements UploadHandler {

        private final UI ui;

        SmallUpload(UI ui) {
            this.ui = ui;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(TermCalendarCsv.MAX_BYTES + 1);
            }
            // checked here, on the upload request, which carries the officer's sign-in; shown through the page's UI
            TermCalendarCheck result = calendars.check(owner.urn(), year, event.getFileName(), new ByteArrayInputStream(bytes));
            ui.access(() -> {
                showChecked(result);
                upload.clearFileList();
            });
        }

        @Override
        public long getFileSizeMax() {
            return TermCalendarCsv.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return TermCalendarCsv.MAX_BYTES + 64 * 1024;
        }
    }
}
