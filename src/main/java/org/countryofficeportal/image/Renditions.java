package org.countryofficeportal.image;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;

/**
 * The smaller copies of an uploaded image that pages and apps show instead of the original, in the original's format
 * (JPEG or PNG; Java has no WebP encoder, and no WebP decoder either, so a WebP original is shown as it is).
 * <p>
 * An image is decoded straight at a fraction of its size (ImageIO's source subsampling), never whole: the largest
 * copy needs at most twice its own width decoded. One copy is made at a time per instance, so that a burst of first
 * requests cannot take more memory than one.
 */
public final class Renditions {

    /** The widths offered, in pixels: a phone's, a tablet's or a laptop's screen, at the density each usually has. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    private static final float JPEG_QUALITY = 0.82f;
    private static final Semaphore ONE_AT_A_TIME = new Semaphore(1);

    private Renditions() {
    }

    /** The widths an image that wide is offered at: each standard width below its own, and its own up to the largest. */
    public static List<Integer> widthsFor(int width) {
        TreeSet<Integer> widths = new TreeSet<>();
        for (int offered : WIDTHS) {
            widths.add(Math.min(offered, width));
        }
        return List.copyOf(widths);
    }

    /** The copy of the image {@code width} pixels wide, its height in proportion, in the original's format. */
    static byte[] make(byte[] original, ImageType type, int width) throws IOException {
        ONE_AT_A_TIME.acquireUninterruptibly();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("no reader for this " + type + " image");
            }
            ImageReader reader = readers.next();
            BufferedImage decoded;
            int height;
            try {
                reader.setInput(input, true, true);
                int originalWidth = reader.getWidth(0);
                height = Math.max(1, Math.round((float) reader.getHeight(0) * width / originalWidth));
                ImageReadParam subsampled = reader.getDefaultReadParam();
                int step = Math.max(1, originalWidth / width);
                subsampled.setSourceSubsampling(step, step, 0, 0);
                decoded = reader.read(0, subsampled);
            } finally {
                reader.dispose();
            }
            return encode(scale(decoded, width, height, type == ImageType.PNG), type);
        } finally {
            ONE_AT_A_TIME.release();
        }
    }

    /** Halves the image while it is more than twice too wide, then draws it at its size: smooth, and quick. */
    private static BufferedImage scale(BufferedImage image, int width, int height, boolean keepsTransparency) {
        int imageType = keepsTransparency ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = image;
        int currentWidth = image.getWidth();
        int currentHeight = image.getHeight();
        do {
            currentWidth = currentWidth / 2 >= width ? currentWidth / 2 : width;
            currentHeight = currentWidth == width ? height : Math.max(height, currentHeight / 2);
            BufferedImage next = new BufferedImage(currentWidth, currentHeight, imageType);
            Graphics2D graphics = next.createGraphics();
            try {
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                graphics.drawImage(current, 0, 0, currentWidth, currentHeight, null);
            } finally {
                graphics.dispose();
            }
            current = next;
        } while (currentWidth != width || currentHeight != height);
        return current;
    }

    private static byte[] encode(BufferedImage image, ImageType type) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (type == ImageType.PNG) {
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(JPEG_QUALITY);
            quality.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), quality);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
