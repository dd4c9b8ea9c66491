package vn.tochuc.membership.importing;

/**
 * A cell written in a legacy Vietnamese encoding (TCVN3, VNI) or decomposed Unicode, and the NFC Unicode text it
 * becomes, for the user to confirm before anything is written.
 *
 * @param encoding the message key suffix of the detected encoding ({@code legacy.encoding.<encoding>})
 */
public record ImportConversion(int row, String column, String header, String original, String converted,
        String encoding) {
}
