package vn.tochuc.shared;

/** Legacy-encoded bytes for tests outside this package (TCVN3 and VNI files as old spreadsheets saved them). */
public final class LegacyFiles {

    private LegacyFiles() {
    }

    public static byte[] tcvn3(String text) {
        return LegacyEncoders.tcvn3(text);
    }

    public static byte[] vni(String text) {
        return LegacyEncoders.vni(text);
    }
}
