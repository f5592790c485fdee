package org.countryofficeportal.image;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.Role;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Uploaded images: checked before they are kept, served to anyone who has their address. */
@Stateless
public class ImageService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PIXELS_PER_SIDE = 10_000;
    /** The property of a change that its refusals concern: the image file. */
    private static final String IMAGE = "image";
    /**
     * 40 megapixels (8,000 x 5,000): a camera's photo fits, while a small file that would decode to a hundred
     * megapixels (400 MB of memory) is refused by its header alone.
     */
    public static final long MAX_PIXELS = 40_000_000;

    private static final Logger LOG = Logger.getLogger(ImageService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /**
     * Keeps an image after checking its size, its format (by its bytes) and its dimensions (by its header); part of
     * the change that shows it (the release's), which is audited as such. Refusals concern the {@code image}.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR, Role.Names.AUTHOR})
    public Image store(byte[] bytes, String altText) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new ChangeRefusedException(IMAGE, "An image must be between 1 byte and 5 MB.");
        }
        ImageType type = ImageType.of(bytes)
                .orElseThrow(() -> new ChangeRefusedException(IMAGE, "Only JPEG, PNG or WebP images are accepted."));
        Optional<ImageSize> size = ImageSize.of(bytes, type);
        if (size.isEmpty()) {
            throw new ChangeRefusedException(IMAGE, "The file is not a readable " + type + " image.");
        }
        if (size.get().width() > MAX_PIXELS_PER_SIDE || size.get().height() > MAX_PIXELS_PER_SIDE) {
            throw new ChangeRefusedException(IMAGE, "An image can be at most " + MAX_PIXELS_PER_SIDE + " pixels wide and high.");
        }
        if (size.get().pixels() > MAX_PIXELS) {
            throw new ChangeRefusedException(IMAGE, "An image can have at most " + MAX_PIXELS / 1_000_000 + " megapixels; this one has "
                    + size.get().pixels() / 1_000_000 + " (" + size.get().width() + " x " + size.get().height() + ").");
        }
        Image image = new Image(type, bytes.length, sha256(bytes), size.get().width(), size.get().height(),
                altText.strip(), session.getCallerPrincipal().getName());
        em.persist(image);
        em.flush();
        em.persist(new ImageContent(image.id(), bytes));
        return image;
    }

    /** An image and its bytes, when the address names it truly (its id and the start of its digest). */
    @PermitAll
    public Optional<Served> find(long id, String digestStart) {
        return named(id, digestStart).map(image -> new Served(image, em.find(ImageContent.class, id).bytes()));
    }

    /** The bytes of an image, as an administrator's export carries them. */
    @RolesAllowed(Role.Names.ADMIN)
    public byte[] bytesOf(Image image) {
        return em.find(ImageContent.class, image.id()).bytes();
    }

    /**
     * A rendition of an image (one of {@link Image#renditions()}), when the address names it truly: made from the
     * original at its first request and kept in the database, so that it is made once for every instance.
     */
    @PermitAll
    public Optional<Served> rendition(long id, String digestStart, int width) {
        return named(id, digestStart)
                .filter(image -> image.renditions().stream().anyMatch(rendition -> rendition.width() == width))
                .map(image -> new Served(image, renditionBytes(image, width)));
    }

    private Optional<Image> named(long id, String digestStart) {
        return Optional.ofNullable(em.find(Image.class, id))
                .filter(image -> digestStart.length() >= 16 && image.sha256().startsWith(digestStart));
    }

    private byte[] renditionBytes(Image image, int width) {
        List<?> kept = em.createNativeQuery("SELECT bytes FROM image_rendition WHERE image_id = ?1 AND width = ?2")
                .setParameter(1, image.id())
                .setParameter(2, width)
                .getResultList();
        if (!kept.isEmpty()) {
            return (byte[]) kept.get(0);
        }
        byte[] original = em.find(ImageContent.class, image.id()).bytes();
        byte[] made;
        try {
            made = Renditions.make(original, image.type(), width);
        } catch (IOException | RuntimeException unreadable) {
            // Java cannot decode every image whose header it reads (a CMYK JPEG): the original stands for its renditions.
            LOG.warning(() -> "image " + image.id() + " cannot be resized, its original stands for its renditions: " + unreadable);
            made = original;
        }
        // Instances making the same rendition at once: the first one kept stays.
        em.createNativeQuery("INSERT INTO image_rendition (image_id, width, bytes) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, image.id())
                .setParameter(2, width)
                .setParameter(3, made)
                .executeUpdate();
        return made;
    }

    /** What the image servlet sends. */
    public record Served(Image image, byte[] bytes) {
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
