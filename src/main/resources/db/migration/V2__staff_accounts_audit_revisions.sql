-- Staff back office: accounts, login throttling, the audit log and release revisions.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE release_revision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    username              VARCHAR(64)   NOT NULL,
    password_hash         VARCHAR(400)  NOT NULL,
    role                  VARCHAR(20)   NOT NULL,
    enabled               BOOLEAN       NOT NULL,
    must_change_password  BOOLEAN       NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username)
);

-- Failed logins per account and per client address, shared by every instance on the database.
CREATE TABLE login_failure (
    subject        VARCHAR(200)  NOT NULL PRIMARY KEY,
    failures       INTEGER       NOT NULL,
    window_start   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE audit_entry (
    id            BIGINT         NOT NULL PRIMARY KEY,
    happened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64)    NOT NULL,
    action        VARCHAR(60)    NOT NULL,
    subject_type  VARCHAR(40)    NOT NULL,
    subject_id    VARCHAR(200)   NOT NULL,
    detail        VARCHAR(2000)
);
CREATE INDEX audit_entry_latest_first ON audit_entry (happened_at DESC, id DESC);

-- The state of a release before each save, for staff to compare and restore.
CREATE TABLE release_revision (
    id            BIGINT          NOT NULL PRIMARY KEY,
    release_id    BIGINT          NOT NULL REFERENCES press_release (id) ON DELETE CASCADE,
    number        INTEGER         NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by      VARCHAR(64)     NOT NULL,
    title         VARCHAR(300)    NOT NULL,
    summary       VARCHAR(2000)   NOT NULL,
    body          VARCHAR(100000),
    image_credit  VARCHAR(200),
    CONSTRAINT release_revision_number_unique UNIQUE (release_id, number)
);
