-- The member registry at national scale (5.7 million members, issue #4; figures in docs/performance.md).
--
-- Name search: the words of each folded name in a GIN index. A search names, for each typed word, the words
-- of the vocabulary (member_name_word) that contain it; the index intersects those sets, and PostgreSQL's
-- statistics on the array elements tell common names ("nguyen", "thi") from rare ones so that it reads the
-- table in order and stops early when nearly every row matches. A trigram index was measured first and was
-- both slower to search and costlier to write (docs/performance.md).
CREATE INDEX IF NOT EXISTS ix_member_name_words ON member USING gin (string_to_array(name_key, ' '));
-- Two common words together ("pham duc", "tran van") would still intersect two posting lists of hundreds of
-- thousands of members; the unordered pairs of a name's words ("duc pham") are far rarer keys.
CREATE OR REPLACE FUNCTION member_name_pairs(name_key TEXT) RETURNS TEXT[] IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE sql AS $$
    SELECT COALESCE(array_agg(DISTINCT LEAST(a.w COLLATE "C", b.w COLLATE "C") || ' '
                                     || GREATEST(a.w COLLATE "C", b.w COLLATE "C")), '{}')
      FROM unnest(string_to_array(name_key, ' ')) WITH ORDINALITY AS a(w, i)
      JOIN unnest(string_to_array(name_key, ' ')) WITH ORDINALITY AS b(w, j) ON a.i < b.j
$$;
CREATE INDEX IF NOT EXISTS ix_member_name_pairs ON member USING gin (member_name_pairs(name_key));
-- The prefix b-tree on the folded name served no query (every search is "anywhere in the name") but cost
-- every write: a bulk load of 200,000 members maintains each index 200,000 times.
DROP INDEX IF EXISTS ix_member_name_key;
INSERT INTO member_name_word (word)
SELECT DISTINCT w FROM member, unnest(string_to_array(name_key, ' ')) AS w WHERE w <> ''
ON CONFLICT DO NOTHING;

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
