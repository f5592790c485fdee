-- The words of each release, for the public search on H2 (PostgreSQL has its own text search: db/postgresql/V4).
-- ReleaseSearch keeps them as releases are written, in the words of SearchWords: lower-cased runs of letters and
-- digits of the title, the summary and the body without its markup. Looked up by word prefix, and by release
-- when a release's words are checked one release at a time.
CREATE TABLE press_release_word (
    release_id  BIGINT       NOT NULL REFERENCES press_release (id) ON DELETE CASCADE,
    word        VARCHAR(100) NOT NULL,
    PRIMARY KEY (release_id, word)
);

CREATE INDEX press_release_word_by_word ON press_release_word (word, release_id);

-- The words of the releases already there: the n-th word of each text, for every n up to the most it can hold.
INSERT INTO press_release_word (release_id, word)
SELECT DISTINCT id, LEFT(word, 100)
FROM (SELECT r.id,
             LOWER(REGEXP_SUBSTR(r.text, '[\p{L}\p{N}]+', 1, n.X)) AS word
      FROM (SELECT id, title || ' ' || summary || ' ' || REGEXP_REPLACE(COALESCE(body, ''), '<[^>]*>', ' ') AS text
            FROM press_release) r
      JOIN SYSTEM_RANGE(1, 60000) n ON n.X <= (LENGTH(r.text) + 1) / 2) words
WHERE word IS NOT NULL;
