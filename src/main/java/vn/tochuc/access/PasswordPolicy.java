package vn.tochuc.access;

import vn.tochuc.shared.DomainException;

/** Passwords: at least 10 characters with a letter and a digit. */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new DomainException(field, "access.error.weakPassword", MINIMUM_LENGTH);
        }
    }
}
