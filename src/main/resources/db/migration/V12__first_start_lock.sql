-- One row that the writes only a new installation takes (the seed import, the first administrator) lock until they
-- commit (platform.FirstStartLock): instances starting together on one new database take them one after another,
-- and every one after the first finds them done.
CREATE TABLE first_start_lock (
    id  INTEGER  NOT NULL PRIMARY KEY
);
INSERT INTO first_start_lock (id) VALUES (1);
