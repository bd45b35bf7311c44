package org.travelassist.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.travelassist.applications.EvidenceRejectedException;

class EvidenceChecksTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] WINDOWS_PROGRAM = "MZ\u0090\u0000 this is not a letter".getBytes(StandardCharsets.ISO_8859_1);

    final EvidenceChecks withoutClamd = new EvidenceChecks("", 3310);

    @Test
    void the_type_is_what_the_content_is_whatever_the_name_says() {
        assertThat(withoutClamd.mediaType("letter.pdf", PDF)).isEqualTo("application/pdf");
        assertThat(withoutClamd.mediaType("photo.jpg", JPEG)).isEqualTo("image/jpeg");
        assertThat(withoutClamd.mediaType("scan.pdf", PNG)).as("a PNG named .pdf is kept as a PNG").isEqualTo("image/png");
        assertThatThrownBy(() -> withoutClamd.mediaType("gp-letter.pdf", WINDOWS_PROGRAM))
                .isInstanceOf(EvidenceRejectedException.class).hasMessage("gp-letter.pdf must be a PDF, JPG or PNG");
    }

    @Test
    void files_over_ten_megabytes_and_empty_files_are_refused_with_a_message_naming_them() {
        byte[] big = new byte[EvidenceChecks.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> withoutClamd.mediaType("big.pdf", big)).hasMessage("big.pdf must be smaller than 10 MB");
        byte[] limit = new byte[EvidenceChecks.MAX_BYTES];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);
        assertThat(withoutClamd.mediaType("just-fits.pdf", limit)).isEqualTo("application/pdf");
        assertThatThrownBy(() -> withoutClamd.mediaType("empty.png", new byte[0])).hasMessage("empty.png is empty");
    }

    @Test
    void without_clamd_a_file_is_kept_as_not_scanned() {
        assertThat(withoutClamd.scan("letter.pdf", PDF)).isEqualTo(EvidenceChecks.NOT_SCANNED);
    }

    @Test
    void clamd_is_asked_over_instream_and_its_verdict_is_kept_or_the_file_refused() throws Exception {
        assertThat(scanWith("stream: OK", PDF)).isEqualTo(EvidenceChecks.CLEAN);
        assertThatThrownBy(() -> scanWith("stream: Eicar-Test-Signature FOUND", PDF)).hasMessage("letter.pdf contains a virus. Send a different file");
    }

    @Test
    void a_configured_clamd_that_does_not_answer_refuses_the_file() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> new EvidenceChecks("127.0.0.1", closedPort).scan("letter.pdf", PDF))
                .hasMessageContaining("could not check letter.pdf for viruses");
    }

    /** A clamd stand-in that checks the INSTREAM framing and returns the content it received. */
    private String scanWith(String verdict, byte[] content) throws Exception {
        try (var server = new ServerSocket(0)) {
            var received = CompletableFuture.supplyAsync(() -> {
                try (var socket = server.accept()) {
                    var in = new DataInputStream(socket.getInputStream());
                    byte[] command = in.readNBytes(10);
                    assertThat(new String(command, StandardCharsets.US_ASCII)).isEqualTo("zINSTREAM\0");
                    var body = new ByteArrayOutputStream();
                    for (int length = in.readInt(); length > 0; length = in.readInt()) {
                        body.write(in.readNBytes(length));
                    }
                    socket.getOutputStream().write((verdict + "\0").getBytes(StandardCharsets.US_ASCII));
                    socket.shutdownOutput();
                    return body.toByteArray();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                return new EvidenceChecks("127.0.0.1", server.getLocalPort()).scan("letter.pdf", content);
            } finally {
                assertThat(received.get()).isEqualTo(content);
            }
        }
    }
}
