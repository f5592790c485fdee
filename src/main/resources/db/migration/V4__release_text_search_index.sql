-- PostgreSQL only: the public release search uses PostgreSQL's text search. Each release keeps its search
-- document, computed by the database from its texts (the portal never writes it), under a GIN index.
-- (H2's search scans the texts, which is fine for the embedded profile's size.)
--
-- The planner chooses between this index (few matches) and the latest-first index (many matches, the first
-- twenty found soon) by its estimate of how many releases a search matches, and checks the document of each
-- release the latest-first index passes. With the default statistics it takes a word it has not sampled for
-- a common one and scans every release for it; with the most detailed ones it tells rare words from common.
-- Measured at 100,000 releases: a one-match search 3 s down to 0.2 ms; common words served by the latest-first
-- index, reading the kept document rather than computing it for every release passed.
ALTER TABLE press_release ADD COLUMN search_document tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || summary || ' ' || COALESCE(body, ''))) STORED;
ALTER TABLE press_release ALTER COLUMN search_document SET STATISTICS 10000;
CREATE INDEX press_release_text_search ON press_release USING GIN (search_document);
