package org.travelassist.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The checks every file a family sends must pass, wherever it is kept (evidence with an application, a receipt with
 * a mileage claim): at most 10 MB, a PDF, JPEG or PNG by its content (the first bytes, not the name, so a renamed
 * program is refused), and photos kept without their metadata ({@link UploadedImages}). The name the family's device
 * gave a file is only a label: cleaned, shortened, never used to serve it. Virus scanning is {@link VirusScanner}.
 */
public final class UploadedFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Long enough for any real name; the columns hold 255. */
    public static final int MAX_NAME_LENGTH = 120;
    /** What the file chooser offers; the content decides what is kept. */
    public static final String[] ACCEPTED = {"application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png"};

    private UploadedFiles() {}

    /** The refusal for a file over 10 MB, as the page and the service both give it. */
    public static String tooLarge(String fileName) {
        return fileName + " is larger than 10 MB. Send a smaller file: a photo at your phone's usual size, or a scan saved as a PDF";
    }

    /** The file's real media type, or a refusal that says what is wrong. */
    public static String mediaType(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new FileRejectedException(fileName + " is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new FileRejectedException(tooLarge(fileName));
        }
        String type = sniff(content);
        if (type == null) {
            throw new FileRejectedException(fileName + " must be a PDF, JPG or PNG");
        }
        return type;
    }

    /** The file as it is kept: a photo without its metadata (the GPS position of where it was taken). */
    public static byte[] withoutMetadata(String fileName, String mediaType, byte[] content) {
        return UploadedImages.withoutMetadata(fileName, mediaType, content);
    }

    /**
     * The name the family's device gave the file, as a label only: no folders, no control characters, at most
     * 120 characters with its extension kept.
     */
    public static String safeName(String clientName) {
        String name = PlainText.cleanText(clientName).replace('\n', ' ').replace('\t', ' ');
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

    /** The extension a file of this type is served with, for names the server makes. */
    public static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "pdf";
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> "bin";
        };
    }

    /** "2.4 MB", "310 KB": a file's size for people. */
    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** PDF, JPEG or PNG by the first bytes; null for anything else. */
    public static @Nullable String sniff(byte[] content) {
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
