package vn.tochuc.shared;

/** Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF) of a file's head. */
final class Utf8Check {

    private Utf8Check() {
    }

    /** Every sequence in {@code head} is well-formed UTF-8, allowing one cut off by the end of the head. */
    static boolean isValid(byte[] head) {
        int i = 0;
        while (i < head.length) {
            int lead = head[i] & 0xFF;
            int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 0) {
                return false;
            }
            for (int k = 1; k < length; k++) {
                if (i + k >= head.length) {
                    return true;
                }
                int next = head[i + k] & 0xFF;
                if (next < secondMin(lead, k) || next > secondMax(lead, k)) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /** The lowest allowed continuation byte: E0 and F0 exclude overlong forms. */
    private static int secondMin(int lead, int position) {
        if (position == 1 && lead == 0xE0) {
            return 0xA0;
        }
        return position == 1 && lead == 0xF0 ? 0x90 : 0x80;
    }

    /** The highest allowed continuation byte: ED excludes surrogates, F4 code points above U+10FFFF. */
    private static int secondMax(int lead, int position) {
        if (position == 1 && lead == 0xED) {
            return 0x9F;
        }
        return position == 1 && lead == 0xF4 ? 0x8F : 0xBF;
    }
}
