-- Ordered lists (JPA @OrderColumn "position") keep their order without a unique (owner, position) key.
-- EclipseLink renumbers positions when a list is reordered with statements that pass through duplicates
-- ("SET position = position + 1" over a range, or one row at a time), and a unique key refuses those
-- mid-statement (PostgreSQL always, H2 depending on its plan): a reordered overview failed to save. The mapping
-- keeps positions 0..n-1; a plain index serves the ordered reads. An office covers a country once: that is the
-- key of office_country.

ALTER TABLE organisation_objective DROP CONSTRAINT organisation_objective_pkey;
CREATE INDEX organisation_objective_in_order ON organisation_objective (organisation_id, position);

ALTER TABLE organisation_section DROP CONSTRAINT organisation_section_pkey;
CREATE INDEX organisation_section_in_order ON organisation_section (organisation_id, position);

ALTER TABLE office_section DROP CONSTRAINT office_section_pkey;
CREATE INDEX office_section_in_order ON office_section (office_id, position);

ALTER TABLE office_area_of_work DROP CONSTRAINT office_area_of_work_pkey;
CREATE INDEX office_area_of_work_in_order ON office_area_of_work (office_id, position);

ALTER TABLE office_programme DROP CONSTRAINT office_programme_pkey;
CREATE INDEX office_programme_in_order ON office_programme (office_id, position);

ALTER TABLE office_programme_priority DROP CONSTRAINT office_programme_priority_pkey;
CREATE INDEX office_programme_priority_in_order ON office_programme_priority (office_id, position);

ALTER TABLE contact_phone DROP CONSTRAINT contact_phone_pkey;
CREATE INDEX contact_phone_in_order ON contact_phone (contact_id, position);

ALTER TABLE contact_website DROP CONSTRAINT contact_website_pkey;
CREATE INDEX contact_website_in_order ON contact_website (contact_id, position);

ALTER TABLE office_country DROP CONSTRAINT office_country_pkey;
ALTER TABLE office_country ADD PRIMARY KEY (office_id, country_id);
CREATE INDEX office_country_in_order ON office_country (office_id, position);
