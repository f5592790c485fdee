package org.countryofficeportal.image;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.Role;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;

/** Uploaded images: checked before they are kept, served to anyone who has their address. */
@Stateless
public class ImageService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PIXELS_PER_SIDE = 10_000;
    /** The property of a change that its refusals concern: the image file. */
    private static final String IMAGE = "image";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /**
     * Keeps an image after checking its size, its format (by its bytes) and, where readable, its dimensions; part
     * of the change that shows it (the release's), which is audited as such. Refusals concern the {@code image}.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR, Role.Names.AUTHOR})
    public Image store(byte[] bytes, String altText) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new ChangeRefusedException(IMAGE, "An image must be between 1 byte and 5 MB.");
        }
        ImageType type = ImageType.of(bytes)
                .orElseThrow(() -> new ChangeRefusedException(IMAGE, "Only JPEG, PNG or WebP images are accepted."));
        Optional<int[]> size = dimensions(bytes);
        if (type != ImageType.WEBP && size.isEmpty()) {
            throw new ChangeRefusedException(IMAGE, "The file is not a readable " + type + " image.");
        }
        if (size.isPresent() && (size.get()[0] > MAX_PIXELS_PER_SIDE || size.get()[1] > MAX_PIXELS_PER_SIDE)) {
            throw new ChangeRefusedException(IMAGE, "An image can be at most " + MAX_PIXELS_PER_SIDE + " pixels wide and high.");
        }
        Image image = new Image(type, bytes.length, sha256(bytes), size.map(s -> s[0]).orElse(null), size.map(s -> s[1]).orElse(null),
                altText.strip(), session.getCallerPrincipal().getName());
        em.persist(image);
        em.flush();
        em.persist(new ImageContent(image.id(), bytes));
        return image;
    }

    /** An image and its bytes, when the address names it truly (its id and the start of its digest). */
    @PermitAll
    public Optional<Served> find(long id, String digestStart) {
        return Optional.ofNullable(em.find(Image.class, id))
                .filter(image -> digestStart.length() >= 16 && image.sha256().startsWith(digestStart))
                .map(image -> new Served(image, em.find(ImageContent.class, id).bytes()));
    }

    /** The bytes of an image, as an administrator's export carries them. */
    @RolesAllowed(Role.Names.ADMIN)
    public byte[] bytesOf(Image image) {
        return em.find(ImageContent.class, image.id()).bytes();
    }

    /** What the image servlet sends. */
    public record Served(Image image, byte[] bytes) {
    }

    /** Width and height from the image's header alone: a huge image is refused without being decoded. */
    private static Optional<int[]> dimensions(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
