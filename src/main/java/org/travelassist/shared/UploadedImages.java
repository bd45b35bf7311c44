package org.travelassist.shared;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;

/**
 * Photos without what they carry besides the picture. A phone photo's EXIF holds the GPS position where it was
 * taken, usually the family's home, and the camera's details; a PNG may carry text chunks. Re-encoding the pixels
 * with ImageIO keeps the picture and drops everything else. The EXIF orientation is applied to the pixels first,
 * so a photo taken upright stays upright without it.
 */
public final class UploadedImages {

    /** More pixels than any phone camera makes: larger is a "decompression bomb", not a photo. */
    public static final long MAX_PIXELS = 60_000_000L;
    private static final float JPEG_QUALITY = 0.9f;

    private UploadedImages() {}

    /** The picture re-encoded as the same type, without metadata; a PDF comes back as it was. */
    public static byte[] withoutMetadata(String fileName, String mediaType, byte[] content) {
        String format = switch (mediaType) {
            case "image/jpeg" -> "jpeg";
            case "image/png" -> "png";
            default -> null;
        };
        if (format == null) {
            return content;
        }
        BufferedImage image = read(fileName, content);
        if ("jpeg".equals(format)) {
            image = upright(withoutAlpha(image), orientation(content));
        }
        return write(image, format);
    }

    private static BufferedImage read(String fileName, byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable(fileName);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new FileRejectedException(fileName + " is too large a picture. Send a smaller photo or a PDF");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileRejectedException rejected) {
                throw rejected;
            }
            throw unreadable(fileName);
        }
    }

    private static FileRejectedException unreadable(String fileName) {
        return new FileRejectedException("We could not open " + fileName + " as a picture. Take the photo again, or send a PDF");
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        var writer = ImageIO.getImageWritersByFormatName(format).next();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if ("jpeg".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** JPEG has no alpha; ImageIO would write a four-channel JPEG that few viewers can show. */
    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() && image.getType() != BufferedImage.TYPE_CUSTOM) {
            return image;
        }
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        graphics.dispose();
        return rgb;
    }

    /** Turns the pixels as EXIF orientation 2 to 8 says the camera was held; 1 (or none) is already upright. */
    public static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        // Where each pixel goes, as (m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12.
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored left to right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored top to bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // mirrored along the diagonal
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // needs a quarter turn clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // mirrored along the other diagonal
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);   // needs a quarter turn anticlockwise
            default -> null;
        };
        if (turn == null) {
            return image;
        }
        boolean swaps = orientation >= 5;
        var turned = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
        var graphics = turned.createGraphics();
        graphics.drawImage(image, turn, null);
        graphics.dispose();
        return turned;
    }

    /** The EXIF orientation tag (0x0112) of a JPEG, or 1 when it has none or it cannot be read. */
    public static int orientation(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (marker == 0xDA || length < 2) {
                return 1;
            }
            int body = at + 4;
            if (marker == 0xE1 && body + 14 <= jpeg.length && new String(jpeg, body, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                return tiffOrientation(jpeg, body + 6, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return 1;
    }

    private static int tiffOrientation(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I';
        int ifd = tiff + read(b, tiff + 4, 4, little);
        if (ifd + 2 > end || ifd < tiff) {
            return 1;
        }
        int entries = read(b, ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (read(b, entry, 2, little) == 0x0112) {
                int value = read(b, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int read(byte[] b, int at, int bytes, boolean little) {
        int value = 0;
        for (int i = 0; i < bytes; i++) {
            int octet = b[at + i] & 0xFF;
            value = little ? value | (octet << (8 * i)) : (value << 8) | octet;
        }
        return value;
    }
}
