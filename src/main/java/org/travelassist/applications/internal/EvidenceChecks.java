package org.travelassist.applications.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.travelassist.applications.EvidenceRejectedException;

/**
 * What every evidence file must pass before it is kept: at most 10 MB, a PDF, JPEG or PNG by its content (the
 * first bytes, not the name), and free of viruses by ClamAV's clamd when one is configured. When clamd is
 * configured but cannot answer, the file is refused (fail closed); with no clamd it is kept as "not scanned", which
 * production allows only when switched on explicitly ({@code travelassist.clamd.required=false}). An application
 * holds at most 20 files and 50 MB. Photos are kept without their metadata ({@link EvidenceImages}), and the
 * name the family's device gave a file is kept only as a label: cleaned, shortened, never used to serve it.
 */
@Component
public class EvidenceChecks {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 20;
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    /** Long enough for any real name; the column holds 255. */
    static final int MAX_NAME_LENGTH = 120;
    public static final String NOT_SCANNED = "NOT_SCANNED";
    public static final String CLEAN = "CLEAN";
    private static final Logger log = LoggerFactory.getLogger(EvidenceChecks.class);
    private static final int CHUNK = 64 * 1024;

    private final @Nullable String clamdHost;
    private final int clamdPort;

    @Autowired
    EvidenceChecks(@Value("${travelassist.clamd.host:}") String clamdHost, @Value("${travelassist.clamd.port:3310}") int clamdPort,
            @Value("${travelassist.clamd.required:false}") boolean required) {
        if (required && clamdHost.isBlank()) {
            throw new IllegalStateException("Evidence uploads need a virus scanner: set CLAMD_HOST to a ClamAV clamd (port 3310), "
                    + "or set CLAMD_REQUIRED=false to keep files unscanned, marked \"not scanned\"");
        }
        this.clamdHost = clamdHost.isBlank() ? null : clamdHost;
        this.clamdPort = clamdPort;
    }

    EvidenceChecks(String clamdHost, int clamdPort) {
        this(clamdHost, clamdPort, false);
    }

    /** The refusal for a file over 10 MB, as the page and the service both give it. */
    public static String tooLarge(String fileName) {
        return fileName + " is larger than 10 MB. Send a smaller file: a photo at your phone's usual size, or a scan saved as a PDF";
    }

    /** Refuses a file that would take the application over 20 files or 50 MB, saying what to do. */
    public void withinLimits(String fileName, int filesSoFar, long bytesSoFar, long adding) {
        if (filesSoFar >= MAX_FILES) {
            throw new EvidenceRejectedException("You can send up to " + MAX_FILES + " files with an application. Remove one to add "
                    + fileName + ", or put several pages in one PDF");
        }
        if (bytesSoFar + adding > MAX_TOTAL_BYTES) {
            throw new EvidenceRejectedException("The files sent with an application can add up to 50 MB. " + fileName
                    + " would take them to " + megabytes(bytesSoFar + adding) + ". Remove a file or send a smaller one");
        }
    }

    private static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.UP)
                .stripTrailingZeros().toPlainString() + " MB";
    }

    /**
     * The name the family's device gave the file, as a label only: no folders, no control characters, at most
     * 120 characters with its extension kept. Never used to serve the file ({@link #downloadName}).
     */
    public static String safeName(String clientName) {
        String name = org.travelassist.shared.PlainText.cleanText(clientName).replace('\n', ' ').replace('\t', ' ');
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) {
            return "file";
        }
        if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX_NAME_LENGTH - extension.length() - 1;
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + "…" + extension;
    }

    /** The name a file is served under, made by the server: "TA-2026-000123-evidence-2.pdf". */
    public static String downloadName(@Nullable String reference, int number, String mediaType) {
        String extension = switch (mediaType) {
            case "application/pdf" -> "pdf";
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> "bin";
        };
        return (reference == null ? "draft-application" : reference) + "-evidence-" + number + "." + extension;
    }

    /** The file as it is kept: a photo without its metadata (the GPS position of where it was taken). */
    public byte[] withoutMetadata(String fileName, String mediaType, byte[] content) {
        return EvidenceImages.withoutMetadata(fileName, mediaType, content);
    }

    /** The file's real media type, or a refusal that says what is wrong. */
    public String mediaType(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new EvidenceRejectedException(fileName + " is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new EvidenceRejectedException(tooLarge(fileName));
        }
        String type = sniff(content);
        if (type == null) {
            throw new EvidenceRejectedException(fileName + " must be a PDF, JPG or PNG");
        }
        return type;
    }

    /** CLEAN or NOT_SCANNED; an infected file or a silent scanner is refused. */
    public String scan(String fileName, byte[] content) {
        if (clamdHost == null) {
            return NOT_SCANNED;
        }
        String reply;
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(clamdHost, clamdPort), 2_000);
            socket.setSoTimeout(30_000);
            var out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int from = 0; from < content.length; from += CHUNK) {
                int length = Math.min(CHUNK, content.length - from);
                out.writeInt(length);
                out.write(content, from, length);
            }
            out.writeInt(0);
            out.flush();
            reply = new String(new DataInputStream(socket.getInputStream()).readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("\0", "").strip();
        } catch (IOException e) {
            log.error("clamd at {}:{} did not answer", clamdHost, clamdPort, e);
            throw new EvidenceRejectedException("We could not check " + fileName + " for viruses. Try again in a few minutes");
        }
        if (reply.endsWith("OK")) {
            return CLEAN;
        }
        log.warn("clamd refused {}: {}", fileName, reply);
        throw new EvidenceRejectedException(fileName + " contains a virus. Send a different file");
    }

    static @Nullable String sniff(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
