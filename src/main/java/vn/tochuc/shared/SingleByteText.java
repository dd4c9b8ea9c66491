package vn.tochuc.shared;

import java.nio.charset.Charset;

/**
 * The byte behind a character of text that was once single-byte: a legacy-font cell in a spreadsheet shows
 * the Latin-1 character of each byte (U+00A0–U+00FF), and a CSV read as windows-1252 turns bytes 0x80–0x9F
 * into €‚ƒ„… while ISO-8859-1 turns them into the C1 controls U+0080–U+009F. Both readings lead back here to
 * the same byte, so the legacy tables are written once, by byte.
 */
final class SingleByteText {

    private static final char[] WINDOWS_1252_HIGH = new String(bytes0x80To0x9F(), Charset.forName("windows-1252"))
            .toCharArray();

    private SingleByteText() {
    }

    /** The byte (0–255) the character stands for, or -1 when no single-byte reading produces it. */
    static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        for (int i = 0; i < WINDOWS_1252_HIGH.length; i++) {
            if (WINDOWS_1252_HIGH[i] == c && c != '\uFFFD') {
                return 0x80 + i;
            }
        }
        return -1;
    }

    /** Every character of the text comes from a single-byte reading, and at least one is outside ASCII. */
    static boolean isSingleByteBeyondAscii(String text) {
        boolean beyondAscii = false;
        for (int i = 0; i < text.length(); i++) {
            int b = byteOf(text.charAt(i));
            if (b < 0) {
                return false;
            }
            beyondAscii |= b >= 0x80;
        }
        return beyondAscii;
    }

    private static byte[] bytes0x80To0x9F() {
        byte[] bytes = new byte[0x20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + i);
        }
        return bytes;
    }
}
