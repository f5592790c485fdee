-- Content model of the portal. Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.
-- Long texts are VARCHAR, not CLOB/TEXT, so that both databases hand back plain strings.
-- Ids come from sequences (allocation 50, as the JPA mappings declare): EclipseLink's identity
-- retrieval does not work on H2 2.x. EclipseLink takes the value a sequence returns as the last id of
-- its block of 50, so each sequence starts at 50.

CREATE SEQUENCE contact_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE press_release_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE media_coverage_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id                           INTEGER       NOT NULL PRIMARY KEY,
    name                         VARCHAR(200)  NOT NULL,
    short_name                   VARCHAR(40)   NOT NULL,
    founded                      INTEGER       NOT NULL,
    un_specialised_agency_since  INTEGER,
    headquarters                 VARCHAR(200),
    member_states                INTEGER       NOT NULL,
    conventions_and_protocols    INTEGER       NOT NULL,
    mission                      VARCHAR(4000),
    tripartite_structure         VARCHAR(20000),
    version                      BIGINT        NOT NULL,
    CONSTRAINT organisation_single_row CHECK (id = 1)
);

CREATE TABLE organisation_objective (
    organisation_id  INTEGER       NOT NULL REFERENCES organisation (id),
    position         INTEGER       NOT NULL,
    objective        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (organisation_id, position)
);

CREATE TABLE organisation_section (
    organisation_id  INTEGER        NOT NULL REFERENCES organisation (id),
    position         INTEGER        NOT NULL,
    heading          VARCHAR(200)   NOT NULL,
    body             VARCHAR(100000) NOT NULL,
    PRIMARY KEY (organisation_id, position)
);

CREATE TABLE country (
    id                                 VARCHAR(64)  NOT NULL PRIMARY KEY,
    name                               VARCHAR(200) NOT NULL,
    ilo_member_since                   INTEGER,
    conventions_ratified               INTEGER,
    fundamental_conventions_ratified   INTEGER,
    version                            BIGINT       NOT NULL
);

CREATE TABLE office (
    id                       VARCHAR(64)   NOT NULL PRIMARY KEY,
    name                     VARCHAR(300)  NOT NULL,
    short_name               VARCHAR(60)   NOT NULL,
    city                     VARCHAR(100),
    address                  VARCHAR(1000),
    time_zone                VARCHAR(64)   NOT NULL,
    year_opened              INTEGER,
    history                  VARCHAR(20000),
    parent_id                VARCHAR(64)   REFERENCES office (id),
    programme_title          VARCHAR(300),
    programme_from_year      INTEGER,
    programme_to_year        INTEGER,
    programme_signed_on      DATE,
    version                  BIGINT        NOT NULL
);

CREATE TABLE office_country (
    office_id   VARCHAR(64) NOT NULL REFERENCES office (id),
    position    INTEGER     NOT NULL,
    country_id  VARCHAR(64) NOT NULL REFERENCES country (id),
    PRIMARY KEY (office_id, position)
);

CREATE TABLE office_section (
    office_id  VARCHAR(64)     NOT NULL REFERENCES office (id),
    position   INTEGER         NOT NULL,
    heading    VARCHAR(200)    NOT NULL,
    body       VARCHAR(100000) NOT NULL,
    PRIMARY KEY (office_id, position)
);

CREATE TABLE office_area_of_work (
    office_id  VARCHAR(64)   NOT NULL REFERENCES office (id),
    position   INTEGER       NOT NULL,
    area       VARCHAR(300)  NOT NULL,
    PRIMARY KEY (office_id, position)
);

CREATE TABLE office_programme (
    office_id  VARCHAR(64)   NOT NULL REFERENCES office (id),
    position   INTEGER       NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    from_year  INTEGER,
    to_year    INTEGER,
    PRIMARY KEY (office_id, position)
);

CREATE TABLE office_programme_priority (
    office_id  VARCHAR(64)   NOT NULL REFERENCES office (id),
    position   INTEGER       NOT NULL,
    priority   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (office_id, position)
);

CREATE TABLE contact (
    id          BIGINT        NOT NULL PRIMARY KEY,
    office_id   VARCHAR(64)   NOT NULL REFERENCES office (id),
    position    INTEGER       NOT NULL,
    honorific   VARCHAR(20),
    name        VARCHAR(200)  NOT NULL,
    role        VARCHAR(300)  NOT NULL,
    email       VARCHAR(254),
    version     BIGINT        NOT NULL
);
CREATE INDEX contact_by_office ON contact (office_id, position);

CREATE TABLE contact_phone (
    contact_id  BIGINT       NOT NULL REFERENCES contact (id),
    position    INTEGER      NOT NULL,
    phone_number VARCHAR(40) NOT NULL,
    extension   VARCHAR(10),
    PRIMARY KEY (contact_id, position)
);

CREATE TABLE contact_website (
    contact_id  BIGINT        NOT NULL REFERENCES contact (id),
    position    INTEGER       NOT NULL,
    website     VARCHAR(300)  NOT NULL,
    PRIMARY KEY (contact_id, position)
);

CREATE TABLE press_release (
    id            BIGINT          NOT NULL PRIMARY KEY,
    slug          VARCHAR(100)    NOT NULL,
    office_id     VARCHAR(64)     NOT NULL REFERENCES office (id),
    status        VARCHAR(20)     NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The publication date as the office reads it, in its own time zone: what "releases of 2024" means.
    published_on  DATE            NOT NULL,
    language      VARCHAR(8)      NOT NULL,
    title         VARCHAR(300)    NOT NULL,
    summary       VARCHAR(2000)   NOT NULL,
    body          VARCHAR(100000),
    image_credit  VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT          NOT NULL,
    CONSTRAINT press_release_slug_unique UNIQUE (slug)
);
-- Keyset pagination, latest first: (published_at, id) descending, across all offices and per office.
CREATE INDEX press_release_latest_first ON press_release (published_at DESC, id DESC);
CREATE INDEX press_release_office_latest_first ON press_release (office_id, published_at DESC, id DESC);
CREATE INDEX press_release_by_date ON press_release (published_on);

CREATE TABLE release_translation (
    release_id  BIGINT          NOT NULL REFERENCES press_release (id),
    language    VARCHAR(8)      NOT NULL,
    title       VARCHAR(300)    NOT NULL,
    summary     VARCHAR(2000)   NOT NULL,
    body        VARCHAR(100000),
    PRIMARY KEY (release_id, language)
);

-- Releases that were public and are no longer (deleted or unpublished), for the API's delta sync.
CREATE TABLE release_tombstone (
    release_id  BIGINT       NOT NULL PRIMARY KEY,
    slug        VARCHAR(100) NOT NULL,
    office_id   VARCHAR(64)  NOT NULL,
    removed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX release_tombstone_by_time ON release_tombstone (removed_at);

CREATE TABLE media_coverage (
    id            BIGINT          NOT NULL PRIMARY KEY,
    slug          VARCHAR(100)    NOT NULL,
    office_id     VARCHAR(64)     NOT NULL REFERENCES office (id),
    release_id    BIGINT          REFERENCES press_release (id),
    outlet        VARCHAR(200)    NOT NULL,
    dateline      VARCHAR(100),
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone     VARCHAR(64)     NOT NULL,
    title         VARCHAR(300)    NOT NULL,
    text          VARCHAR(100000) NOT NULL,
    version       BIGINT          NOT NULL,
    CONSTRAINT media_coverage_slug_unique UNIQUE (slug)
);
CREATE INDEX media_coverage_latest_first ON media_coverage (published_at DESC, id DESC);
