package org.travelassist.applications.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.travelassist.applications.EvidenceRejectedException;
import org.travelassist.shared.FileRejectedException;
import org.travelassist.shared.UploadedFiles;
import org.travelassist.shared.VirusScanner;

/**
 * What every evidence file must pass before it is kept: the checks every family's file passes
 * ({@link UploadedFiles}: at most 10 MB, a PDF, JPEG or PNG by its content, photos without their metadata, the
 * device's name only as a label) and the virus scan ({@link VirusScanner}), plus the application's own limits: at
 * most 20 files and 50 MB. Refusals come as {@link EvidenceRejectedException}.
 */
@Component
public class EvidenceChecks {

    public static final int MAX_BYTES = UploadedFiles.MAX_BYTES;
    public static final int MAX_FILES = 20;
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    static final int MAX_NAME_LENGTH = UploadedFiles.MAX_NAME_LENGTH;
    public static final String NOT_SCANNED = VirusScanner.NOT_SCANNED;
    public static final String CLEAN = VirusScanner.CLEAN;

    private final VirusScanner scanner;

    @Autowired
    EvidenceChecks(VirusScanner scanner) {
        this.scanner = scanner;
    }

    EvidenceChecks(String clamdHost, int clamdPort, boolean required) {
        this(new VirusScanner(clamdHost, clamdPort, required));
    }

    EvidenceChecks(String clamdHost, int clamdPort) {
        this(clamdHost, clamdPort, false);
    }

    /** The refusal for a file over 10 MB, as the page and the service both give it. */
    public static String tooLarge(String fileName) {
        return UploadedFiles.tooLarge(fileName);
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

    /** The name the family's device gave the file, as a label only ({@link UploadedFiles#safeName}). */
    public static String safeName(String clientName) {
        return UploadedFiles.safeName(clientName);
    }

    /** The name a file is served under, made by the server: "TA-2026-000123-evidence-2.pdf". */
    public static String downloadName(@Nullable String reference, int number, String mediaType) {
        return (reference == null ? "draft-application" : reference) + "-evidence-" + number + "." + UploadedFiles.extension(mediaType);
    }

    /** The file as it is kept: a photo without its metadata (the GPS position of where it was taken). */
    public byte[] withoutMetadata(String fileName, String mediaType, byte[] content) {
        return asEvidence(() -> UploadedFiles.withoutMetadata(fileName, mediaType, content));
    }

    /** The file's real media type, or a refusal that says what is wrong. */
    public String mediaType(String fileName, byte[] content) {
        return asEvidence(() -> UploadedFiles.mediaType(fileName, content));
    }

    /** CLEAN or NOT_SCANNED; an infected file or a silent scanner is refused. */
    public String scan(String fileName, byte[] content) {
        return asEvidence(() -> scanner.scan(fileName, content));
    }

    static @Nullable String sniff(byte[] content) {
        return UploadedFiles.sniff(content);
    }

    /** The shared checks' refusal, as the applications module's own (its pages and callers catch that). */
    private static <T> T asEvidence(Supplier<T> check) {
        try {
            return check.get();
        } catch (EvidenceRejectedException rejected) {
            throw rejected;
        } catch (FileRejectedException rejected) {
            throw new EvidenceRejectedException(rejected.getMessage());
        }
    }
}
