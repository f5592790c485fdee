-- Every change goes one way (platform.CommandHandling): a form sent twice is recognised by the id of the form,
-- kept for a while here, and the audit log keeps each change in words, with a label of the item it changed.

CREATE TABLE form_submission (
    id            UUID         NOT NULL PRIMARY KEY,
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX form_submission_by_age ON form_submission (submitted_at);

ALTER TABLE audit_entry ADD COLUMN action_words VARCHAR(200);
ALTER TABLE audit_entry ADD COLUMN subject_label VARCHAR(300);
