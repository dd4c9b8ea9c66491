package vn.tochuc.congress;

public enum CongressStatus {
    PLANNED,
    HELD
}
