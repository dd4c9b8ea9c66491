package vn.tochuc.membership;

public enum Sex {
    MALE,
    FEMALE
}
