-- Deleted contacts and media items are kept, hidden from the site and the API, so that staff can restore them.
ALTER TABLE contact ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE media_coverage ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
