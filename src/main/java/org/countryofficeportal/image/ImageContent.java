package org.countryofficeportal.image;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an image, apart from its description, so that listing images never loads them. */
@Entity
@Table(name = "image_content")
// Browsers keep images for a year: holding their bytes in the shared cache as well would only cost memory.
@Cacheable(false)
public class ImageContent {

    @Id
    @Column(name = "image_id")
    private Long imageId;

    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    protected ImageContent() {
    }

    ImageContent(Long imageId, byte[] bytes) {
        this.imageId = imageId;
        this.bytes = bytes.clone();
    }

    byte[] bytes() {
        return bytes;
    }
}
