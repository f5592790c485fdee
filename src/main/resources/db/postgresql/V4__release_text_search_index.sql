-- PostgreSQL only: the public release search uses PostgreSQL's text search, served by this index.
-- The indexed expression must stay exactly the one platform.Database.POSTGRESQL writes in its queries.
-- (H2 has no V4: its search scans, which is fine for the embedded profile's size.)
CREATE INDEX press_release_text_search ON press_release
    USING GIN (to_tsvector('simple', title || ' ' || summary || ' ' || COALESCE(body, '')));
