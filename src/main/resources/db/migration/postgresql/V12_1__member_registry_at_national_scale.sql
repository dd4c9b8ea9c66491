-- The member registry at national scale (5.7 million members, issue #4; figures in docs/performance.md).
--
-- Name search: the words of each folded name in a GIN index. A search names, for each typed word, the words
-- of the vocabulary (member_name_word) that contain it; the index intersects those sets, and PostgreSQL's
-- statistics on the array elements tell common names ("nguyen", "thi") from rare ones so that it reads the
-- table in order and stops early when nearly every row matches. A trigram index was measured first and was
-- both slower to search and costlier to write (docs/performance.md).
CREATE INDEX ix_member_name_words ON member USING gin (string_to_array(name_key, ' '));
-- The prefix b-tree on the folded name served no query (every search is "anywhere in the name") but cost
-- every write: a bulk load of 200,000 members maintains each index 200,000 times.
DROP INDEX IF EXISTS ix_member_name_key;
INSERT INTO member_name_word (word)
SELECT DISTINCT w FROM member, unnest(string_to_array(name_key, ' ')) AS w WHERE w <> '';

-- Membership on a day: each member's last event on or before the day, found as "no later event of the same
-- member on or before the day". Both sides are answered from the indexes alone (index-only scans): the events
-- that place members in the subtree's organisations, and the probe for a later event.
DROP INDEX IF EXISTS ix_member_event_as_of;
CREATE INDEX ix_member_event_as_of ON member_event (organization_after, effective_on)
    INCLUDE (member_id, seq, status_after);
-- The (member_id, seq) uniqueness is kept by a unique index that carries the day as well, instead of a second
-- index beside the constraint's.
ALTER TABLE member_event DROP CONSTRAINT IF EXISTS uq_member_event_seq;
DROP INDEX IF EXISTS uq_member_event_seq;
CREATE UNIQUE INDEX uq_member_event_seq ON member_event (member_id, seq) INCLUDE (effective_on);
