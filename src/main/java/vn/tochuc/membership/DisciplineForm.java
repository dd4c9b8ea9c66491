package vn.tochuc.membership;

/** Forms of party discipline for a member (QĐ 69-QĐ/TW 2022, rules §5.5 [R]): khiển trách … khai trừ. */
public enum DisciplineForm {
    REPRIMAND,
    WARNING,
    DISMISSAL,
    EXPULSION
}
