package org.travelassist.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.travelassist.shared.UploadedFiles;

/**
 * The file chooser for a family's files (evidence, receipts). It reads at most 10 MB and one byte of each file,
 * whatever the browser was told, and hands name and bytes to {@code received} in the UI's session lock; the service
 * checks the rest ({@link UploadedFiles}). A file the browser already knows is too large (a 40 MB photo) never
 * leaves the phone: {@code refused} gets the message.
 */
public class FileUpload extends Div {

    public final Upload upload = new Upload();

    public FileUpload(String id, String hint, BiConsumer<String, byte[]> received, Consumer<String> refused) {
        upload.setId(id);
        upload.setAcceptedFileTypes(UploadedFiles.ACCEPTED);
        upload.setMaxFileSize(UploadedFiles.MAX_BYTES);
        // GOV.UK file upload: a "Choose file" button; dropping a file stays possible where there is a mouse.
        var words = new UploadI18N();
        words.setAddFiles(new UploadI18N.AddFiles().setOne("Choose file").setMany("Choose files"));
        words.setDropFiles(new UploadI18N.DropFiles().setOne("or drop a file here").setMany("or drop files here"));
        upload.setI18n(words);
        upload.addFileRejectedListener(event -> {
            refused.accept(UploadedFiles.tooLarge(UploadedFiles.safeName(event.getFileName())));
            upload.clearFileList();
        });
        upload.setUploadHandler((UploadHandler) event -> {
            String name = event.getFileName();
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(UploadedFiles.MAX_BYTES + 1);
            }
            UI ui = event.getUI();
            ui.access(() -> {
                received.accept(name, content);
                upload.clearFileList();
            });
        });
        var text = new Paragraph(hint);
        text.addClassName("ta-hint");
        add(text, upload);
    }
}
