-- Images staff upload for releases. The bytes live in the database, beside the content they illustrate: every
-- instance of a cluster serves them, and a database backup holds them.

CREATE SEQUENCE image_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE image (
    id            BIGINT        NOT NULL PRIMARY KEY,
    media_type    VARCHAR(40)   NOT NULL,
    byte_size     INTEGER       NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    width         INTEGER,
    height        INTEGER,
    alt_text      VARCHAR(300)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL
);

CREATE TABLE image_content (
    image_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES image (id) ON DELETE CASCADE,
    bytes     BYTEA   NOT NULL
);

ALTER TABLE press_release ADD COLUMN image_id BIGINT REFERENCES image (id);
