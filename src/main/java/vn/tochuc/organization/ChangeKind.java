package vn.tochuc.organization;

/** Kinds of change to the tree (glossary: thành lập, đổi tên, điều chuyển, sáp nhập, chia tách, giải thể). */
public enum ChangeKind {
    FOUNDED,
    RENAMED,
    MOVED,
    MERGED,
    MERGED_INTO,
    SPLIT,
    SPLIT_FROM,
    DISSOLVED
}
