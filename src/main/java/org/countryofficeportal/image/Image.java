package org.countryofficeportal.image;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** An uploaded image: what it is and how to describe it. Its bytes are an {@link ImageContent} of their own. */
@Entity
@Table(name = "image")
public class Image {

    /** Alt text describes an image in a sentence or two, for those who cannot see it. */
    public static final int ALT_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "image_seq", sequenceName = "image_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "image_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private int byteSize;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "width")
    private Integer width;

    @Column(name = "height")
    private Integer height;

    @Column(name = "alt_text", nullable = false, length = ALT_LENGTH)
    private String altText;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    protected Image() {
    }

    Image(ImageType type, int byteSize, String sha256, Integer width, Integer height, String altText, String uploadedBy) {
        this.mediaType = type.mediaType();
        this.byteSize = byteSize;
        this.sha256 = Objects.requireNonNull(sha256, "digest");
        this.width = width;
        this.height = height;
        this.altText = Objects.requireNonNull(altText, "alt text");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploaded by");
        this.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    public Long id() {
        return id;
    }

    public ImageType type() {
        return ImageType.ofMediaType(mediaType).orElseThrow();
    }

    public int byteSize() {
        return byteSize;
    }

    public String sha256() {
        return sha256;
    }

    public Optional<Integer> width() {
        return Optional.ofNullable(width);
    }

    public Optional<Integer> height() {
        return Optional.ofNullable(height);
    }

    public String altText() {
        return altText;
    }

    /**
     * Where the image is served: its id and the start of its digest, so that addresses cannot be guessed (an image
     * of a draft stays private) and a changed image never has the address of one a browser kept.
     */
    public String path() {
        return "/images/" + id + "-" + sha256.substring(0, 16) + "." + type().extension();
    }

    /**
     * The smaller copies pages and apps show instead of the original (see {@link Renditions}), narrowest first: none
     * for a WebP image, or one whose size is unknown.
     */
    public List<Rendition> renditions() {
        if (type() == ImageType.WEBP || width == null || height == null) {
            return List.of();
        }
        return Renditions.widthsFor(width).stream()
                .map(w -> new Rendition("/images/" + id + "-" + sha256.substring(0, 16) + "-" + w + "w." + type().extension(),
                        w, Math.max(1, Math.round((float) height * w / width))))
                .toList();
    }

    /** The renditions as an {@code img} element's {@code srcset}, or the original alone where there are none. */
    public String srcset() {
        List<Rendition> renditions = renditions();
        return renditions.isEmpty() ? path() : renditions.stream().map(r -> r.path() + " " + r.width() + "w")
                .collect(Collectors.joining(", "));
    }

    /** What a browser that ignores {@code srcset} shows: the widest rendition up to a laptop's, else the original. */
    public String src() {
        return renditions().stream().filter(r -> r.width() <= Renditions.WIDTHS.get(1)).reduce((narrow, wide) -> wide)
                .map(Rendition::path).orElse(path());
    }

    /** A smaller copy of an image: where it is served, and its size in pixels. */
    public record Rendition(String path, int width, int height) {
    }
}
