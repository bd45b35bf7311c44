package org.travelassist.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.travelassist.applications.EvidenceRejectedException;
import org.travelassist.shared.UploadedImages;

public class EvidenceChecksTest {

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
        assertThatThrownBy(() -> withoutClamd.mediaType("big.pdf", big)).hasMessage("big.pdf is larger than 10 MB. Send a smaller file: a photo at your phone's usual size, or a scan saved as a PDF");
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

    @Test
    void production_refuses_to_start_without_a_scanner_unless_switched_off_explicitly() {
        assertThatThrownBy(() -> new EvidenceChecks("", 3310, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Evidence uploads need a virus scanner: set CLAMD_HOST").hasMessageContaining("CLAMD_REQUIRED=false");
        assertThat(new EvidenceChecks("clamav", 3310, true)).isNotNull();
        assertThat(new EvidenceChecks("", 3310, false).scan("letter.pdf", PDF)).isEqualTo(EvidenceChecks.NOT_SCANNED);
    }

    @Test
    void an_application_holds_at_most_twenty_files_and_fifty_megabytes() {
        withoutClamd.withinLimits("letter.pdf", 19, 0, 100);
        assertThatThrownBy(() -> withoutClamd.withinLimits("letter.pdf", 20, 0, 100)).isInstanceOf(EvidenceRejectedException.class)
                .hasMessage("You can send up to 20 files with an application. Remove one to add letter.pdf, or put several pages in one PDF");
        withoutClamd.withinLimits("letter.pdf", 5, 40L << 20, 10L << 20);
        assertThatThrownBy(() -> withoutClamd.withinLimits("letter.pdf", 5, 45L << 20, 6L << 20))
                .hasMessage("The files sent with an application can add up to 50 MB. letter.pdf would take them to 51 MB. "
                        + "Remove a file or send a smaller one");
    }

    @Test
    void a_forty_megabyte_photo_gets_a_message_that_says_what_to_do() {
        byte[] photo = new byte[EvidenceChecks.MAX_BYTES + 1];
        System.arraycopy(JPEG, 0, photo, 0, JPEG.length);
        assertThatThrownBy(() -> withoutClamd.mediaType("IMG_2041.jpg", photo))
                .hasMessage("IMG_2041.jpg is larger than 10 MB. Send a smaller file: a photo at your phone's usual size, or a scan saved as a PDF");
    }

    @Test
    void the_name_the_device_sent_is_only_a_label_cleaned_and_shortened_and_never_the_download_name() {
        String longName = "C:\\Users\\priya\\Documents\\" + "letter from the paediatrician ".repeat(12) + "\u0000\u000B\r\nfinal.pdf";
        String safe = EvidenceChecks.safeName(longName);
        assertThat(safe).hasSize(EvidenceChecks.MAX_NAME_LENGTH).startsWith("letter from the paediatrician").endsWith("….pdf")
                .doesNotContain("\\").doesNotContain("\u0000").doesNotContain("\u000B").doesNotContain("\n");
        assertThat(EvidenceChecks.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceChecks.safeName(" \u0007 ")).isEqualTo("file");
        assertThat(EvidenceChecks.safeName("GP letter.pdf")).isEqualTo("GP letter.pdf");
        assertThat(EvidenceChecks.downloadName("TA-2026-000123", 2, "image/jpeg")).isEqualTo("TA-2026-000123-evidence-2.jpg");
        assertThat(EvidenceChecks.downloadName(null, 1, "application/pdf")).isEqualTo("draft-application-evidence-1.pdf");
    }

    @Test
    void a_phone_photo_loses_its_gps_position_and_camera_details_but_stays_upright() throws Exception {
        byte[] photo = withExif(jpeg(40, 20), 6, "GPS 52.6698N 0.7300W Oakham");
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif").contains("52.6698N");
        assertThat(UploadedImages.orientation(photo)).isEqualTo(6);

        byte[] kept = withoutClamd.withoutMetadata("IMG_2041.jpg", "image/jpeg", photo);

        String bytes = new String(kept, StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("Exif").doesNotContain("52.6698N");
        assertThat(EvidenceChecks.sniff(kept)).isEqualTo("image/jpeg");
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(upright.getWidth()).as("turned a quarter, as the camera was held").isEqualTo(20);
        assertThat(upright.getHeight()).isEqualTo(40);
        assertThat(new Color(upright.getRGB(17, 2)).getRed()).as("the red top-left corner is now top right").isGreaterThan(200);
    }

    @Test
    void every_exif_orientation_turns_the_pixels_the_way_the_camera_was_held() throws Exception {
        // Where the stored top-left corner belongs once the picture is shown upright, for orientations 1 to 8.
        String[] corner = {"top left", "top right", "bottom right", "bottom left", "top left", "top right", "bottom right", "bottom left"};
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(jpeg(40, 20)));
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = UploadedImages.upright(stored, orientation);
            int w = upright.getWidth() - 1;
            int h = upright.getHeight() - 1;
            String red = new Color(upright.getRGB(2, 2)).getGreen() < 100 ? "top left"
                    : new Color(upright.getRGB(w - 2, 2)).getGreen() < 100 ? "top right"
                    : new Color(upright.getRGB(w - 2, h - 2)).getGreen() < 100 ? "bottom right"
                    : new Color(upright.getRGB(2, h - 2)).getGreen() < 100 ? "bottom left" : "nowhere";
            assertThat(red).as("orientation " + orientation).isEqualTo(corner[orientation - 1]);
            assertThat(upright.getWidth()).isEqualTo(orientation >= 5 ? 20 : 40);
        }
    }

    @Test
    void a_png_loses_its_text_chunks_and_a_pdf_is_kept_as_it_is() throws Exception {
        byte[] png = withTextChunk(png(30, 30), "Location: 2 Burley Road, Oakham");
        byte[] kept = withoutClamd.withoutMetadata("screenshot.png", "image/png", png);
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Burley Road");
        assertThat(ImageIO.read(new ByteArrayInputStream(kept)).getWidth()).isEqualTo(30);
        assertThat(withoutClamd.withoutMetadata("letter.pdf", "application/pdf", PDF)).isSameAs(PDF);
        assertThatThrownBy(() -> withoutClamd.withoutMetadata("photo.jpg", "image/jpeg", JPEG))
                .hasMessage("We could not open photo.jpg as a picture. Take the photo again, or send a PDF");
    }

    public static byte[] jpeg(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 6, 6);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    static byte[] png(int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A phone's APP1 segment: EXIF with an orientation, a GPS IFD pointer and the position as text. */
    public static byte[] withExif(byte[] jpeg, int orientation, String position) {
        byte[] text = (position + "\0").getBytes(StandardCharsets.US_ASCII);
        var tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4 + text.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x001B).putShort((short) 2).putInt(text.length).putInt(gpsIfd + 2 + 12 + 4);
        tiff.putInt(0);
        tiff.put(text);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array()).array();
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Adds a tEXt chunk after the IHDR chunk (8 bytes of signature, then 25 of IHDR). */
    static byte[] withTextChunk(byte[] png, String text) {
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        var crc = new CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        var chunk = ByteBuffer.allocate(12 + data.length).putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data)
                .putInt((int) crc.getValue()).array();
        var out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.write(chunk, 0, chunk.length);
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
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
