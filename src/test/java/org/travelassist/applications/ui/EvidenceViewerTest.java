package org.travelassist.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.travelassist.shared.PdfDocuments;

class EvidenceViewerTest {

    @Test
    void a_pdf_is_drawn_page_by_page_as_pictures_with_ink_on_them() throws IOException {
        byte[] pdf = PdfDocuments.render("GP letter", "Oakham Medical Practice", "<h1>GP letter</h1><p>Noor cannot walk more than 100 metres.</p>");

        var drawn = EvidenceViewer.draw(pdf);

        assertThat(drawn.pageCount()).isEqualTo(1);
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(drawn.pages().getFirst()));
        // A4 portrait at 110 dpi: about 909 by 1286 pixels.
        assertThat(page.getWidth()).isBetween(880, 940);
        assertThat(page.getHeight()).isGreaterThan(page.getWidth());
        assertThat(darkPixels(page)).as("the letter's text is drawn, not a blank page").isGreaterThan(200);
    }

    @Test
    void a_file_that_only_starts_like_a_pdf_cannot_be_drawn() {
        assertThatThrownBy(() -> EvidenceViewer.draw("%PDF-1.4\n% not really\n%%EOF\n".getBytes())).isInstanceOf(IOException.class);
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 100) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
