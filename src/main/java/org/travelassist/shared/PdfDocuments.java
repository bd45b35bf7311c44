package org.travelassist.shared;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Letters and passports as tagged PDF (PDF/UA) from simple XHTML: tables for layout, no flex or grid. The font is
 * embedded (Liberation Sans, shipped inside PDFBox), as PDF/UA requires.
 */
public final class PdfDocuments {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm; }
            body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.4; color: #0b0c0c; }
            h1 { font-size: 20pt; margin: 0 0 6mm 0; }
            h2 { font-size: 14pt; margin: 6mm 0 2mm 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 0.5pt solid #b1b4b6; }
            th { width: 38%; }
            .meta { color: #505a5f; }
            """;

    static {
        XRLog.setLoggerImpl(new Slf4jLog());
    }

    private PdfDocuments() {}

    /**
     * Renders a page: {@code bodyXhtml} must be well-formed, with every text escaped by {@link #escape}.
     *
     * @param author who the document is from, the council's name (PDF/UA wants it in the metadata)
     */
    public static byte[] render(String title, String author, String bodyXhtml) {
        String html = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"/><title>" + escape(title)
                + "</title><meta name=\"subject\" content=\"" + escape(title)
                + "\"/><meta name=\"description\" content=\"" + escape(title) + "\"/><meta name=\"author\" content=\""
                + escape(author) + "\"/><style>" + STYLE + "</style></head><body>" + bodyXhtml + "</body></html>";
        var out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFont(() -> PdfDocuments.class.getResourceAsStream(FONT), "Liberation Sans")
                    .usePdfUaAccessibility(true)
                    .withProducer("Travel Assist")
                    .withHtmlContent(html, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Escapes text for XHTML; line breaks become {@code <br/>} so that what people typed keeps its shape, and
     * characters XML cannot hold are dropped ({@link PlainText#clean}), so pasted text never breaks a letter.
     */
    public static String escape(String text) {
        return PlainText.cleanText(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("\n", "<br/>");
    }

    /** openhtmltopdf's own logging into SLF4J, its chatty INFO as DEBUG, so one letter does not write ten log lines. */
    private static final class Slf4jLog implements XRLogger {

        private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, @Nullable Throwable error) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                log.error("{}: {}", where, message, error);
            } else if (level.intValue() >= Level.WARNING.intValue()) {
                log.warn("{}: {}", where, message, error);
            } else {
                log.debug("{}: {}", where, message, error);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {}

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || log.isDebugEnabled();
        }
    }
}
