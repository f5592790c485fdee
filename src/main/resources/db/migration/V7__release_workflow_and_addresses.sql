-- Releases: who wrote each one and when it was first public; revisions of translations; old addresses of releases
-- whose address changed after they were public, which answer with a redirect to the new one; notes of the review
-- between an author and an editor.

ALTER TABLE press_release ADD COLUMN author VARCHAR(64);
ALTER TABLE press_release ADD COLUMN first_public_at TIMESTAMP WITH TIME ZONE;
UPDATE press_release SET first_public_at = published_at WHERE status IN ('SCHEDULED', 'PUBLISHED');
CREATE INDEX press_release_by_author ON press_release (author, updated_at DESC);
CREATE INDEX press_release_by_status ON press_release (status, updated_at DESC);

ALTER TABLE release_revision ADD COLUMN language VARCHAR(8);

CREATE TABLE release_former_slug (
    slug        VARCHAR(100)  NOT NULL PRIMARY KEY,
    release_id  BIGINT        NOT NULL REFERENCES press_release (id) ON DELETE CASCADE
);

CREATE SEQUENCE release_note_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE release_note (
    id          BIGINT         NOT NULL PRIMARY KEY,
    release_id  BIGINT         NOT NULL REFERENCES press_release (id) ON DELETE CASCADE,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by  VARCHAR(64)    NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    text        VARCHAR(4000)
);
CREATE INDEX release_note_of_release ON release_note (release_id, written_at);
