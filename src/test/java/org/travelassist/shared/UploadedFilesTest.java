package org.travelassist.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The checks every family's file passes, evidence or receipt: the content decides, the name is a label. */
class UploadedFilesTest {

    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Test
    void a_program_renamed_as_a_pdf_or_photo_is_refused_by_its_content() {
        byte[] program = "MZ\u0090\u0000 this is not a receipt".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> UploadedFiles.mediaType("parking-receipt.pdf", program)).isInstanceOf(FileRejectedException.class)
                .hasMessage("parking-receipt.pdf must be a PDF, JPG or PNG");
        assertThatThrownBy(() -> UploadedFiles.mediaType("ticket.jpg", "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("ticket.jpg must be a PDF, JPG or PNG");
        assertThat(UploadedFiles.mediaType("scan.pdf", PNG)).as("a PNG named .pdf is a PNG").isEqualTo("image/png");
        assertThat(UploadedFiles.mediaType("ticket.pdf", PDF)).isEqualTo("application/pdf");
    }

    @Test
    void a_forty_megabyte_photo_is_refused_with_what_to_do_and_ten_megabytes_exactly_fits() {
        byte[] photo = new byte[40 * 1024 * 1024];
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        assertThatThrownBy(() -> UploadedFiles.mediaType("IMG_2041.jpg", photo))
                .hasMessage("IMG_2041.jpg is larger than 10 MB. Send a smaller file: a photo at your phone's usual size, or a scan saved as a PDF");
        byte[] limit = java.util.Arrays.copyOf(PDF, UploadedFiles.MAX_BYTES);
        assertThat(UploadedFiles.mediaType("just-fits.pdf", limit)).isEqualTo("application/pdf");
        assertThatThrownBy(() -> UploadedFiles.mediaType("empty.png", new byte[0])).hasMessage("empty.png is empty");
    }

    @Test
    void the_name_is_cleaned_of_folders_and_control_characters_and_sizes_read_as_people_say_them() {
        assertThat(UploadedFiles.safeName("C:\\Users\\noor\\parking ticket\u0000.pdf")).isEqualTo("parking ticket.pdf");
        assertThat(UploadedFiles.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadedFiles.safeName("x".repeat(300) + ".jpeg")).hasSize(UploadedFiles.MAX_NAME_LENGTH).endsWith("….jpeg");
        assertThat(UploadedFiles.extension("image/png")).isEqualTo("png");
        assertThat(UploadedFiles.extension("application/x-msdownload")).isEqualTo("bin");
        assertThat(UploadedFiles.size(300)).isEqualTo("1 KB");
        assertThat(UploadedFiles.size(2_621_440)).isEqualTo("2.5 MB");
    }

    @Test
    void a_png_is_kept_as_its_pixels_and_a_pdf_as_it_is() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(12, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] kept = UploadedFiles.withoutMetadata("ticket.png", "image/png", out.toByteArray());
        assertThat(UploadedFiles.sniff(kept)).isEqualTo("image/png");
        assertThat(UploadedFiles.withoutMetadata("ticket.pdf", "application/pdf", PDF)).isSameAs(PDF);
        assertThatThrownBy(() -> UploadedFiles.withoutMetadata("ticket.png", "image/png", PNG)).isInstanceOf(FileRejectedException.class)
                .hasMessage("We could not open ticket.png as a picture. Take the photo again, or send a PDF");
    }
}
