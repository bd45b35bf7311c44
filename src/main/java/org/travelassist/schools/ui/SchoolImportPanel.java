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
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import org.travelassist.schools.SchoolImport;
import org.travelassist.schools.SchoolImports;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.SummaryList;

/**
 * Importing the GIAS file in two steps: an officer uploads it and reads what it would do; a senior officer applies
 * it. The upload is limited on the server as well as in the browser.
 */
class SchoolImportPanel extends Div {

    private final SchoolImports imports;
    private final CurrentUser currentUser;
    private final Runnable registerChanged;
    final Upload upload = new Upload();
    final Div report = new Div();

    SchoolImportPanel(SchoolImports imports, CurrentUser currentUser, Runnable registerChanged) {
        this.imports = imports;
        this.currentUser = currentUser;
        this.registerChanged = registerChanged;
        UI ui = UI.getCurrent(); // the upload completes on a request thread: update the page through its UI
        upload.setUploadHandler(new LimitedUpload(ui));
        upload.setId("gias-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxBytes()));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));
        report.setId("import-report");
        add(new H2("Import the register"),
                new Paragraph("Upload the latest GIAS establishment file (edubasealldata, CSV as downloaded, up to "
                        + imports.maxBytes() / (1024 * 1024) + " MB). We check it first and show what it would change; nothing "
                        + "changes until a senior transport officer applies it. A file is refused if a row we cannot use is an "
                        + "open school, or if it would close more than a small share of the open schools."),
                upload, report);
    }

    /** Shows the file waiting for a senior officer, if there is one: whoever opens the page sees it. */
    void showPending() {
        report.removeAll();
        imports.pending().ifPresent(this::show);
    }

    void show(SchoolImport checked) {
        report.removeAll();
        var summary = new Paragraph(summary(checked));
        summary.setId("import-summary");
        report.add(new H3("The file " + checked.source()), summary, new SummaryList()
                .row("SHA-256", checked.sha256().isEmpty() ? "Not worked out: the file was too large" : checked.sha256())
                .row("Size", String.format("%,.1f MB, %,d rows", checked.bytes() / 1e6, checked.rowsRead()))
                .row("Checked by", checked.stagedBy() + ", " + GovukDates.at(checked.stagedAt())));
        if (!checked.blockers().isEmpty()) {
            var reasons = new UnorderedList();
            checked.blockers().forEach(reason -> reasons.add(new ListItem(reason)));
            var refused = new Div(new H3("This file cannot be applied"), reasons);
            refused.setId("import-blockers");
            refused.addClassName("ta-warning");
            report.add(refused);
        }
        if (checked.waitingForConfirmation()) {
            report.add(decision(checked));
        }
        list("Schools added", checked.added(), checked.addedSchools().stream().map(s -> s.name() + " (URN " + s.urn() + ")").toList());
        list("Schools changed", checked.changed(), checked.changedSchools().stream().map(s -> s.name() + " (URN " + s.urn() + "): " + s.what()).toList());
        list("Schools closed", checked.closed(), checked.closedSchools().stream().map(s -> s.name() + " (URN " + s.urn() + ")").toList());
        list("Rows not used", checked.refused(), checked.refusedRows().stream().map(r -> "Line " + r.line() + ": " + r.reason()).toList());
    }

    private Div decision(SchoolImport checked) {
        var decision = new Div();
        decision.setId("import-decision");
        decision.addClassName("ta-button-group");
        if (currentUser.require().hasRole(AppRoles.SENIOR_OFFICER)) {
            var apply = new Button("Apply the import", click -> decide(() -> imports.confirm(checked.id())));
            apply.setId("confirm-import");
            apply.addClassName("ta-button");
            apply.setDisableOnClick(true);
            decision.add(apply);
        } else {
            decision.add(new Paragraph("A senior transport officer must apply this import before the register changes. "
                    + "It waits for them on this page."));
        }
        var discard = new Button("Do not apply it", click -> decide(() -> imports.discard(checked.id())));
        discard.setId("discard-import");
        decision.add(discard);
        return decision;
    }

    private void decide(java.util.function.Supplier<SchoolImport> decision) {
        try {
            show(decision.get());
        } catch (SchoolImports.ImportNoLongerValid e) {
            showProblem(e.getMessage());
        }
        registerChanged.run();
    }

    private static String summary(SchoolImport checked) {
        String counts = String.format("%,d schools added, %,d changed, %,d closed, %,d rows not used", checked.added(),
                checked.changed(), checked.closed(), checked.refused());
        return switch (checked.status()) {
            case STAGED -> "Checked: applying it would mean " + counts + ". The register has not changed yet.";
            case APPLIED -> "Applied by " + checked.decidedBy() + ", " + GovukDates.at(checked.decidedAt()) + ": " + counts + ".";
            case REFUSED -> "Refused: the register has not changed.";
            case DISCARDED -> "Not applied: " + checked.decidedBy() + " set it aside. The register has not changed.";
            case SUPERSEDED -> "Not applied: another file was checked or applied after it. The register has not changed by it.";
        };
    }

    private void list(String title, int count, List<String> items) {
        if (count == 0) {
            return;
        }
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        report.add(new H3(title + " (" + count + ")"), list);
        if (count > items.size()) {
            report.add(new Paragraph("And " + (count - items.size()) + " more."));
        }
    }

    private void showProblem(String message) {
        report.removeAll();
        var problem = new Paragraph(message);
        problem.setId("import-problem");
        problem.addClassName("ta-error-message");
        report.add(problem);
    }

    /** Keeps the file in a temporary file, stopping at the size limit, then checks it outside the upload request. */
    private final class LimitedUpload implements UploadHandler {

        private final UI ui;

        LimitedUpload(UI ui) {
            this.ui = ui;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            File file = Files.createTempFile("gias-", ".csv").toFile();
            try {
                if (!copyWithin(event.getInputStream(), file, imports.maxBytes())) {
                    String message = "The file is larger than " + imports.maxBytes() / (1024 * 1024) + " MB, the most an import may be.";
                    event.reject(message);
                    ui.access(() -> showProblem(message));
                    return;
                }
                SchoolImport checked;
                try (InputStream in = new FileInputStream(file)) {
                    checked = imports.stage(event.getFileName(), in);
                }
                ui.access(() -> {
                    show(checked);
                    upload.clearFileList(); // ready for the next file
                });
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }

        @Override
        public long getFileSizeMax() {
            return imports.maxBytes();
        }

        @Override
        public long getRequestSizeMax() {
            return imports.maxBytes() + 64 * 1024; // the file and its multipart headers
        }

        private static boolean copyWithin(InputStream from, File to, long max) throws IOException {
            long copied = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from; OutputStream out = new FileOutputStream(to)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    copied += n;
                    if (copied > max) {
                        return false;
                    }
                    out.write(buffer, 0, n);
                }
            }
            return true;
        }
    }
}
