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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.travelassist.applications.EvidenceRejectedException;

/**
 * What every evidence file must pass before it is kept: at most 10 MB, a PDF, JPEG or PNG by its content (the
 * first bytes, not the name), and free of viruses by ClamAV's clamd when one is configured. When clamd is
 * configured but cannot answer, the file is refused (fail closed); with no clamd it is kept as "not scanned".
 */
@Component
public class EvidenceChecks {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final String NOT_SCANNED = "NOT_SCANNED";
    public static final String CLEAN = "CLEAN";
    private static final Logger log = LoggerFactory.getLogger(EvidenceChecks.class);
    private static final int CHUNK = 64 * 1024;

    private final @Nullable String clamdHost;
    private final int clamdPort;

    EvidenceChecks(@Value("${travelassist.clamd.host:}") String clamdHost, @Value("${travelassist.clamd.port:3310}") int clamdPort) {
        this.clamdHost = clamdHost.isBlank() ? null : clamdHost;
        this.clamdPort = clamdPort;
    }

    /** The file's real media type, or a refusal that says what is wrong. */
    public String mediaType(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new EvidenceRejectedException(fileName + " is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new EvidenceRejectedException(fileName + " must be smaller than 10 MB");
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
