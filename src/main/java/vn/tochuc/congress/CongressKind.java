package vn.tochuc.congress;

/** Members' congress (đại hội đảng viên) or delegates' congress (đại hội đại biểu). */
public enum CongressKind {
    MEMBERS,
    DELEGATES
}
