-- What each form sent (a digest of its command), so that only the same values sent again count as the same change:
-- a page shown again by the back button after its own change, then written on, is a change of its own.
ALTER TABLE form_submission ADD COLUMN content_digest VARCHAR(64);
ALTER TABLE form_submission ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
