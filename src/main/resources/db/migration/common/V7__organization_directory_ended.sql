-- The directory listed only organisations in force, so whatever was filed under an organisation that
-- later merged, split or was dissolved lost its name and path: an account scoped to it could no longer
-- be listed, read or moved to the successor by anyone. Now every organisation appears once, with its
-- latest version: the open one, or for an ended organisation the version that ended on its end date.
-- ended_on tells the two apart (NULL while in force; a planned end may lie in the future, so compare it
-- with the day in question). The first four columns are unchanged.
CREATE OR REPLACE VIEW organization_directory AS
SELECT v.organization_id AS id, v.name, v.type, v.path, o.ended_on
  FROM organization_version v
  JOIN party_organization o ON o.id = v.organization_id
 WHERE (o.ended_on IS NULL AND v.valid_to IS NULL)
    OR (o.ended_on IS NOT NULL AND v.valid_to = o.ended_on);
