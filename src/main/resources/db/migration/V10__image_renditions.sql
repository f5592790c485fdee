-- Smaller copies of each image, made at their first request and kept, so that pages and apps never send a phone the
-- original and no copy is made twice (image.Renditions).
CREATE TABLE image_rendition (
    image_id  BIGINT   NOT NULL REFERENCES image (id) ON DELETE CASCADE,
    width     INTEGER  NOT NULL,
    bytes     BYTEA    NOT NULL,
    PRIMARY KEY (image_id, width)
);
