package org.countryofficeportal.image;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * An image's width and height as its header states them, read without decoding a single pixel: an image whose
 * pixels would fill the memory is refused for what it says it is, whatever its file size.
 */
public record ImageSize(int width, int height) {

    public long pixels() {
        return (long) width * height;
    }

    /** What the header of JPEG or PNG bytes (through ImageIO's readers) or of WebP bytes (read here) states. */
    public static Optional<ImageSize> of(byte[] bytes, ImageType type) {
        return type == ImageType.WEBP ? ofWebp(bytes) : ofImageIo(bytes);
    }

    private static Optional<ImageSize> ofImageIo(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * WebP's own header (Google's container specification): the first chunk after "RIFF....WEBP" is VP8X (an
     * extended file's canvas: 24-bit width and height less one), VP8L (lossless: 14-bit sizes less one) or VP8 (lossy:
     * a key frame's 14-bit sizes after its start code).
     */
    private static Optional<ImageSize> ofWebp(byte[] b) {
        if (b.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8X" -> Optional.of(new ImageSize(1 + little(b, 24, 3), 1 + little(b, 27, 3)));
            case "VP8L" -> b[20] != 0x2F ? Optional.empty() : Optional.of(new ImageSize(
                    1 + ((b[21] & 0xFF) | (b[22] & 0x3F) << 8),
                    1 + ((b[22] & 0xC0) >> 6 | (b[23] & 0xFF) << 2 | (b[24] & 0x0F) << 10)));
            case "VP8 " -> (b[23] & 0xFF) != 0x9D || (b[24] & 0xFF) != 0x01 || (b[25] & 0xFF) != 0x2A ? Optional.empty()
                    : Optional.of(new ImageSize(little(b, 26, 2) & 0x3FFF, little(b, 28, 2) & 0x3FFF));
            default -> Optional.empty();
        };
    }

    private static int little(byte[] bytes, int offset, int length) {
        int value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = value << 8 | (bytes[offset + i] & 0xFF);
        }
        return value;
    }
}
