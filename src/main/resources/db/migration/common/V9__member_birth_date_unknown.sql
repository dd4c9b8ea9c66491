-- Records carried over from old registers sometimes lack the birth date altogether. They are kept (and
-- listed among the data problems for a clerk to complete) rather than refused; admitting a member and
-- editing a record still require it (MemberRecords).
ALTER TABLE member ALTER COLUMN birth_date DROP NOT NULL;
