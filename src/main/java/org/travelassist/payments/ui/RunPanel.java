package org.travelassist.payments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import org.travelassist.payments.PaymentRuns;
import org.travelassist.payments.ReturnsRecorded;
import org.travelassist.payments.RunFile;
import org.travelassist.payments.RunFiles;
import org.travelassist.payments.RunStatus;
import org.travelassist.payments.RunSummary;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.SummaryList;

/** One payment run: what it holds, who created and approved it, and the next step its state allows. */
class RunPanel extends Div {

    RunPanel(RunSummary run, PaymentRuns runs, RunFiles files, PageActions actions) {
        addClassName("ta-run");
        String id = "run-" + run.number();
        setId(id);
        var heading = new H3(run.name() + ": " + GovukDates.day(run.runDate()) + ", " + run.status().label);
        var facts = new SummaryList()
                .row("Payments", run.payments() + " of " + run.total())
                .row("Created by", run.createdBy() + ", " + GovukDates.at(run.createdAt()))
                .row("Approved by", run.approvedBy() == null ? "Not yet approved" : run.approvedBy() + ", " + GovukDates.at(run.approvedAt()))
                .row("Paid through", run.paysByFile() ? "BACS file" : run.gateway());
        add(heading, facts);
        if (run.status() == RunStatus.OPEN) {
            if (run.createdByMe()) {
                var note = new Paragraph("You created this run, so another finance officer must approve it.");
                note.setId(id + "-four-eyes");
                add(note);
            } else {
                add(button(id + "-approve", "Approve " + run.name(), () -> {
                    runs.approve(run.id());
                    return run.name() + " is approved. Download its BACS file and send it to the bank.";
                }, actions));
            }
            add(button(id + "-discard", "Discard " + run.name(), () -> {
                runs.discard(run.id());
                return run.name() + " is discarded. Its payments are due again.";
            }, actions));
        }
        if (run.status().isFixed() && run.paysByFile()) {
            add(new Paragraph(download(id + "-bacs", "Download the BACS file for " + run.name(), () -> files.bacsFile(run.id()))),
                    new Paragraph(download(id + "-csv", "Download " + run.name() + " as a CSV for the finance system (no totals row)",
                            () -> files.csvFile(run.id()))));
        }
        if (run.status() == RunStatus.APPROVED) {
            add(button(id + "-submitted", run.paysByFile() ? "Record " + run.name() + " as sent to the bank"
                    : "Send " + run.name() + " through " + run.gateway(), () -> {
                var summary = runs.recordSubmitted(run.id());
                return summary.name() + " is sent. Its payments should reach families on " + GovukDates.day(summary.runDate()) + ".";
            }, actions));
        }
        if (run.status() == RunStatus.SUBMITTED && run.paysByFile()) {
            add(returnsUpload(id, run, runs, actions));
        }
    }

    /** Made when it is clicked, so each download is authorised and audited by the service then. */
    private static Anchor download(String id, String text, java.util.function.Supplier<RunFile> file) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            RunFile made = file.get();
            return new DownloadResponse(new ByteArrayInputStream(made.content()), made.name(), made.contentType(), made.content().length);
        }), text);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static Div returnsUpload(String id, RunSummary run, PaymentRuns runs, PageActions actions) {
        var label = new Paragraph("Upload the bank's returns report for " + run.name() + " (CSV: Reference, Sort code, Account number, "
                + "Amount, Reason code). The payments it lists are marked failed; the rest are marked paid on "
                + GovukDates.day(run.runDate()) + ".");
        label.setId(id + "-returns-hint");
        var upload = new Upload();
        upload.setId(id + "-returns");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        var words = new UploadI18N();
        words.setAddFiles(new UploadI18N.AddFiles().setOne("Choose returns file"));
        words.setDropFiles(new UploadI18N.DropFiles().setOne("or drop it here"));
        upload.setI18n(words);
        upload.getElement().setAttribute("aria-describedby", id + "-returns-hint");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> upload.getUI().ifPresent(ui -> ui.access(() ->
                actions.attempt(upload, () -> {
                    ReturnsRecorded recorded = runs.recordReturns(run.id(), bytes);
                    return "Returns recorded for " + run.name() + ": " + recorded.failed() + " failed (" + recorded.failedTotal()
                            + "), " + recorded.paid() + " paid (" + recorded.paidTotal() + ").";
                })))));
        return new Div(label, upload);
    }

    private static Button button(String id, String text, java.util.function.Supplier<String> step, PageActions actions) {
        var button = new Button(text);
        button.setId(id);
        button.addClassName("ta-button");
        button.addClickListener(click -> actions.attempt(button, step));
        return button;
    }
}
