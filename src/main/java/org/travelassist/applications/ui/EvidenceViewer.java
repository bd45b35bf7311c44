package org.travelassist.applications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.travelassist.applications.ApplicationDetails.EvidenceFile;
import org.travelassist.applications.EvidenceContent;
import org.travelassist.shared.UploadedFiles;

/**
 * One evidence file on the case page: a download link that is always there, and a "View" button that shows the
 * file in the page. Photos are shown as they are; a PDF is drawn here on the server, page by page, as pictures,
 * so the officer's browser never runs anything inside a family's file and needs no PDF viewer. Every response is
 * served with {@code Content-Security-Policy: sandbox} and {@code nosniff} (the security module's headers).
 */
final class EvidenceViewer extends Div {

    static final int MOST_PAGES_SHOWN = 10;
    /** Pages are drawn about as wide as a screen shows them; huge page sizes are scaled down to this. */
    private static final float LONGEST_SIDE_PX = 1400f;
    private static final float DPI = 110f;

    private final EvidenceFile file;
    private final SerializableSupplier<EvidenceContent> content;
    private final Div shown = new Div();

    EvidenceViewer(EvidenceFile file, SerializableSupplier<EvidenceContent> content) {
        this.file = file;
        this.content = content;
        addClassName("ta-evidence");
        var view = new Button("View " + file.fileName(), click -> show());
        view.addClassNames("ta-link-button", "ta-link-button--in-page");
        var download = new Anchor(DownloadHandler.fromInputStream(request -> {
            EvidenceContent stored = content.get();
            return new DownloadResponse(new ByteArrayInputStream(stored.content()), stored.fileName(), stored.mediaType(),
                    stored.content().length);
        }), "Download " + file.fileName());
        download.addClassName("ta-evidence__download");
        var facts = new Span(" " + UploadedFiles.size(file.sizeBytes()) + ", "
                + ("NOT_SCANNED".equals(file.scanResult()) ? "not scanned for viruses" : "scanned: no virus found") + ". ");
        shown.addClassName("ta-evidence__shown");
        add(view, facts, download, shown);
    }

    private void show() {
        shown.removeAll();
        EvidenceContent stored = content.get();
        if (stored.mediaType().startsWith("image/")) {
            shown.add(picture(stored.content(), stored.mediaType(), file.fileName(), file.fileName()));
            return;
        }
        try {
            DrawnPdf drawn = draw(stored.content());
            for (int i = 0; i < drawn.pages().size(); i++) {
                shown.add(picture(drawn.pages().get(i), "image/png", "page-" + (i + 1) + ".png",
                        "Page " + (i + 1) + " of " + drawn.pageCount() + " of " + file.fileName()));
            }
            if (drawn.pageCount() > drawn.pages().size()) {
                shown.add(new Paragraph("Pages " + (drawn.pages().size() + 1) + " to " + drawn.pageCount()
                        + " are not shown here: download the file to read them."));
            }
        } catch (IOException e) {
            shown.add(new Paragraph(file.fileName() + " cannot be shown in the page (it may be damaged or need a password). "
                    + "Download it to open it."));
        }
    }

    private static Image picture(byte[] bytes, String mediaType, String fileName, String description) {
        var image = new Image(DownloadHandler.fromInputStream(request ->
                new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length)).inline(), description);
        image.addClassName("ta-evidence__page");
        return image;
    }

    /** The first {@value #MOST_PAGES_SHOWN} pages of a PDF as PNG pictures, and how many pages it has. */
    record DrawnPdf(List<byte[]> pages, int pageCount) {}

    static DrawnPdf draw(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            var pages = new ArrayList<byte[]>();
            for (int i = 0; i < Math.min(document.getNumberOfPages(), MOST_PAGES_SHOWN); i++) {
                PDRectangle size = document.getPage(i).getCropBox();
                float longestSideAtDpi = Math.max(size.getWidth(), size.getHeight()) * DPI / 72f;
                float scale = DPI / 72f * Math.min(1f, LONGEST_SIDE_PX / Math.max(1f, longestSideAtDpi));
                BufferedImage image = renderer.renderImage(i, scale, ImageType.RGB);
                var png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
            return new DrawnPdf(pages, document.getNumberOfPages());
        }
    }
}
