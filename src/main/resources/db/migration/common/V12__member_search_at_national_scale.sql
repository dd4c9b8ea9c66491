-- Name search at national scale (issue #4, docs/performance.md). Every word a member's folded name holds, once:
-- a few thousand Vietnamese syllables however many members there are. A typed word ("h", "thi", "nguyen") is
-- looked up here first (every word containing it), and the members are then found through an index on the
-- words of their names instead of matching millions of names one by one. Insert-only: a word nobody bears any
-- more costs nothing.
CREATE TABLE member_name_word (
    word VARCHAR(200) PRIMARY KEY
);

-- Search finds a member by card number, dossier number or citizen ID exactly: each needs an index once the
-- registry holds millions of members (the card number and the citizen ID have theirs since V8).
CREATE INDEX ix_member_dossier_number ON member (dossier_number);
