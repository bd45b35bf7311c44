package org.travelassist.shared;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every file a family sends is scanned by ClamAV's clamd when one is configured ({@code travelassist.clamd.host}).
 * When clamd is configured but cannot answer, the file is refused (fail closed); with no clamd it is kept as "not
 * scanned", which production allows only when switched on explicitly ({@code travelassist.clamd.required=false}).
 * Call it outside a database transaction: a slow scanner must never hold a connection.
 */
@Component
public class VirusScanner {

    public static final String NOT_SCANNED = "NOT_SCANNED";
    public static final String CLEAN = "CLEAN";
    private static final Logger log = LoggerFactory.getLogger(VirusScanner.class);
    private static final int CHUNK = 64 * 1024;

    private final @Nullable String clamdHost;
    private final int clamdPort;

    @Autowired
    public VirusScanner(@Value("${travelassist.clamd.host:}") String clamdHost, @Value("${travelassist.clamd.port:3310}") int clamdPort,
            @Value("${travelassist.clamd.required:false}") boolean required) {
        if (required && clamdHost.isBlank()) {
            throw new IllegalStateException("Evidence uploads need a virus scanner: set CLAMD_HOST to a ClamAV clamd (port 3310), "
                    + "or set CLAMD_REQUIRED=false to keep files unscanned, marked \"not scanned\"");
        }
        this.clamdHost = clamdHost.isBlank() ? null : clamdHost;
        this.clamdPort = clamdPort;
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
            throw new FileRejectedException("We could not check " + fileName + " for viruses. Try again in a few minutes");
        }
        if (reply.endsWith("OK")) {
            return CLEAN;
        }
        log.warn("clamd refused {}: {}", fileName, reply);
        throw new FileRejectedException(fileName + " contains a virus. Send a different file");
    }
}
