-- Failed logins per account and client address, shared by every instance on the database: an outsider's guesses
-- delay that account from that address only, so its owner still signs in from elsewhere. (login_failure stays for
-- instances of the previous version while they are replaced.)
CREATE TABLE login_throttle (
    id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    username       VARCHAR(200)  NOT NULL,
    address        VARCHAR(100)  NOT NULL,
    failures       INTEGER       NOT NULL,
    last_failure   TIMESTAMP WITH TIME ZONE NOT NULL,
    delayed_until  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_throttle_by_username ON login_throttle (username);
CREATE INDEX login_throttle_by_last_failure ON login_throttle (last_failure);
