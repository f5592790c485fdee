package org.countryofficeportal.image;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageSizeAndRenditionsTest {

    @Test
    void aSmallPngThatWouldDecodeToAHundredMegapixelsIsSizedFromItsHeaderAndIsOverTheLimit() throws IOException {
        byte[] png = encode(new BufferedImage(10_000, 10_000, BufferedImage.TYPE_BYTE_BINARY), "png");
        assertTrue(png.length < 100 * 1024, "a small file: " + png.length + " bytes");
        ImageSize size = ImageSize.of(png, ImageType.PNG).orElseThrow();
        assertEquals(new ImageSize(10_000, 10_000), size);
        assertTrue(size.pixels() > ImageService.MAX_PIXELS);
        assertTrue(size.width() <= ImageService.MAX_PIXELS_PER_SIDE, "its sides alone would pass");
    }

    @Test
    void webpSizesComeFromEachOfItsThreeHeaders() {
        // Extended (VP8X): canvas width and height less one, 24 bits each.
        byte[] extended = webp("VP8X", new byte[] {0, 0, 0, 0, (byte) 0x0F, (byte) 0x27, 0, (byte) 0x0F, (byte) 0x27, 0});
        assertEquals(Optional.of(new ImageSize(10_000, 10_000)), ImageSize.of(extended, ImageType.WEBP));
        // Lossless (VP8L): a signature byte, then 14 bits each of width and height less one.
        int bits = (640 - 1) | (480 - 1) << 14;
        byte[] lossless = webp("VP8L", new byte[] {0x2F, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16), (byte) (bits >> 24), 0, 0, 0, 0, 0});
        assertEquals(Optional.of(new ImageSize(640, 480)), ImageSize.of(lossless, ImageType.WEBP));
        // Lossy (VP8): a frame tag, the key frame's start code, then 14 bits each of width and height.
        byte[] lossy = webp("VP8 ", new byte[] {0, 0, 0, (byte) 0x9D, 0x01, 0x2A, (byte) 0x20, 0x03, (byte) 0x58, 0x02});
        assertEquals(Optional.of(new ImageSize(800, 600)), ImageSize.of(lossy, ImageType.WEBP));
        assertEquals(Optional.empty(), ImageSize.of(webp("ALPH", new byte[10]), ImageType.WEBP));
        assertEquals(Optional.empty(), ImageSize.of("RIFF".getBytes(StandardCharsets.US_ASCII), ImageType.WEBP));
    }

    @Test
    void anImageIsOfferedAtTheStandardWidthsBelowItsOwnAndAtItsOwnUpToTheLargest() {
        assertEquals(List.of(480, 960, 1600), Renditions.widthsFor(4000));
        assertEquals(List.of(480, 960, 1200), Renditions.widthsFor(1200));
        assertEquals(List.of(300), Renditions.widthsFor(300));
        assertEquals(List.of(480, 960), Renditions.widthsFor(960));
    }

    @Test
    void aRenditionHasTheWidthAskedItsHeightInProportionAndTheOriginalsFormat() throws IOException {
        BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = photo.createGraphics();
        graphics.setPaint(new java.awt.GradientPaint(0, 0, Color.BLUE, 4000, 3000, Color.ORANGE));
        graphics.fillRect(0, 0, 4000, 3000);
        graphics.dispose();
        byte[] jpeg = encode(photo, "jpeg");
        for (int width : Renditions.widthsFor(4000)) {
            byte[] rendition = Renditions.make(jpeg, ImageType.JPEG, width);
            assertEquals(Optional.of(ImageType.JPEG), ImageType.of(rendition));
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(rendition));
            assertEquals(width, read.getWidth());
            assertEquals(width * 3 / 4, read.getHeight());
            assertTrue(rendition.length < jpeg.length, width + " px: " + rendition.length + " bytes, not less than the original's " + jpeg.length);
            Color middle = new Color(read.getRGB(width / 2, width * 3 / 8));
            assertTrue(middle.getBlue() > 40 && middle.getRed() > 80, "the picture itself, not a blank: " + middle);
        }
        BufferedImage transparent = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_ARGB);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Renditions.make(encode(transparent, "png"), ImageType.PNG, 480)));
        assertEquals(480, png.getWidth());
        assertEquals(240, png.getHeight());
        assertEquals(0, png.getRGB(10, 10) >>> 24, "transparency kept");
    }

    private static byte[] webp(String chunk, byte[] payload) {
        ByteBuffer bytes = ByteBuffer.allocate(20 + payload.length + 10).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(bytes.capacity() - 8).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put(chunk.getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return bytes.array();
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }
}
