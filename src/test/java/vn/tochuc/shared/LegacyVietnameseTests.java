package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.shared.LegacyEncoders.cell;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.tochuc.shared.LegacyVietnamese.Conversion;
import vn.tochuc.shared.LegacyVietnamese.Encoding;

/** Old spreadsheets in TCVN3 (ABC) and VNI fonts and decomposed Unicode become Unicode NFC (issue #4, part 7). */
class LegacyVietnameseTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Real names and places, every vowel with every tone and đ/Đ among them. */
    static final List<String> NAMES = List.of(
            "Nguyễn Văn An", "Trần Thị Hương", "Lê Hoàng Việt", "Phạm Minh Đức", "Hoàng Thị Thuỷ", "Vũ Đình Khải",
            "Đặng Quốc Bảo", "Bùi Thị Ngọc Ánh", "Đỗ Xuân Trường", "Hồ Sỹ Dũng", "Ngô Thị Thủy", "Dương Văn Lực",
            "Lý Thị Mỵ", "Hà Văn Kỳ", "Mạc Thị Ỷ", "Lò Văn Giàng", "Nông Thị Hẵng", "Triệu Văn Thẳng",
            "Lương Thị Cẩm", "Vương Đình Huệ", "Đinh Thị Xuyến", "Chu Văn Tiễn", "Quách Thị Nguyệt", "Lã Văn Phượng",
            "Thái Thị Mẫn", "Giáp Văn Khuê", "Tạ Thị Hồng Nhung", "Kiều Văn Lĩnh", "Ông Thị Ửng", "Mai Văn Ưng",
            "Hà Nội", "Đắk Lắk", "Thừa Thiên Huế", "Bà Rịa Vũng Tàu", "Quảng Ngãi", "Hải Phòng", "Thanh Hoá",
            "Nghệ An", "Hưng Yên", "Điện Biên", "Lào Cai", "Yên Bái", "Cà Mau", "Bạc Liêu", "Sóc Trăng",
            "Mường Khương", "Bát Xát", "xã Y Tý", "phường Hữu Nghị", "thị trấn Mỹ Lộc", "ấp Tân Lợi", "Lạng Sơn",
            "Đảng bộ tỉnh Lào Cai", "Chi bộ thôn Nậm Cang", "Đảng uỷ xã Chiềng Mai");

    @Test
    void theExamplesOfTheIssueAreConverted() {
        assertThat(LegacyVietnamese.detect("NguyÔn V¨n An"))
                .contains(new Conversion("NguyÔn V¨n An", "Nguyễn Văn An", Encoding.TCVN3));
        assertThat(LegacyVietnamese.detect("Hµ Néi")).map(Conversion::converted).contains("Hà Nội");
        assertThat(LegacyVietnamese.detect("§¶ng")).map(Conversion::converted).contains("Đảng");
        assertThat(LegacyVietnamese.detect("Nguyeãn Vaên An"))
                .contains(new Conversion("Nguyeãn Vaên An", "Nguyễn Văn An", Encoding.VNI));
        assertThat(LegacyVietnamese.detect("Ñaûng")).map(Conversion::converted).contains("Đảng");
        assertThat(LegacyVietnamese.detect("Haø Noäi")).map(Conversion::converted).contains("Hà Nội");
    }

    @Test
    void everyHighByteOfTcvn3DecodesAsTheStandardSays() {
        // TCVN 5712:1993 (VN1) bytes 0x80–0xFF as glibc's TCVN5712-1 table gives them; 0xA0 (space) and the
        // separate tone marks 0xB0–0xB4 are checked apart
        int[] standard = {
            0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6,
            0x00cc, 0x1ec8, 0x0128, 0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede,
            0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168, 0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af,
            0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0, 0x0300, 0x0309, 0x0303, 0x0301,
            0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4, 0x1eae,
            0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2,
            0x1ebb, 0x1ebd, 0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe,
            0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2, 0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7,
            0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9, 0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5,
            0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0};
        for (int b = 0x80; b <= 0xFF; b++) {
            if (b == 0xA0 || b >= 0xB0 && b <= 0xB4) {
                continue;
            }
            String latin1 = String.valueOf((char) b);
            assertThat(LegacyVietnamese.convert(latin1, Encoding.TCVN3)).as("byte %02X", b)
                    .isEqualTo(String.valueOf((char) standard[b - 0x80]));
            String cp1252 = new String(new byte[] {(byte) b}, WINDOWS_1252);
            if (!cp1252.equals("\uFFFD")) {
                assertThat(LegacyVietnamese.convert(cp1252, Encoding.TCVN3)).as("windows-1252 byte %02X", b)
                        .isEqualTo(String.valueOf((char) standard[b - 0x80]));
            }
        }
    }

    @Test
    void tcvn3SeparateToneMarksGoOnTheVowelBeforeThemOnly() {
        assertThat(LegacyVietnamese.convert("Ha\u00B0", Encoding.TCVN3)).isEqualTo("Hà"); // 0xB0 grave
        assertThat(LegacyVietnamese.convert("A\u00B3n", Encoding.TCVN3)).isEqualTo("Án"); // 0xB3 acute
        assertThat(LegacyVietnamese.convert("25\u00B0C", Encoding.TCVN3)).isEqualTo("25\u00B0C");
    }

    @Test
    void everyLowerCaseLetterRoundTripsThroughTcvn3AndVni() {
        List<String> letters = LegacyEncoders.lowerCaseLetters();
        assertThat(letters).hasSize(67);
        String alphabet = String.join(" ", letters);
        assertThat(LegacyVietnamese.convert(cell(LegacyEncoders.tcvn3(alphabet)), Encoding.TCVN3)).isEqualTo(alphabet);
        assertThat(LegacyVietnamese.convert(cell(LegacyEncoders.vni(alphabet)), Encoding.VNI)).isEqualTo(alphabet);
    }

    @Test
    void everyCapitalRoundTripsThroughVniAndThroughTheTcvn3CapitalsFonts() {
        String capitals = "ĐẠI HỘI " + String.join(" ", LegacyEncoders.lowerCaseLetters()).toUpperCase(Locale.ROOT);
        assertThat(LegacyVietnamese.convert(cell(LegacyEncoders.vni(capitals)), Encoding.VNI)).isEqualTo(capitals);
        // .VnTimeH draws capitals at the lower-case positions; the ASCII capitals around them tell the font
        assertThat(LegacyVietnamese.convert(cell(LegacyEncoders.tcvn3(capitals)), Encoding.TCVN3)).isEqualTo(capitals);
        assertThat(LegacyVietnamese.detect("NGUYÔN V¡N AN")).map(Conversion::converted).contains("NGUYỄN VĂN AN");
        assertThat(LegacyVietnamese.detect("§¶NG Bé TØNH")).map(Conversion::converted).contains("ĐẢNG BỘ TỈNH");
    }

    @Test
    void tcvn3NamesInTitleCaseGetTheCapitalsTheNormalFontsLack() {
        assertThat(LegacyVietnamese.convert("Bïi ThÞ Ngäc ¸nh", Encoding.TCVN3)).isEqualTo("Bùi Thị Ngọc Ánh");
        assertThat(LegacyVietnamese.convert("ThÞ ¸nh vµ ThÞ Òn", Encoding.TCVN3)).isEqualTo("Thị ánh và Thị ền");
        assertThat(LegacyVietnamese.convert("Êp T©n Lîi", Encoding.TCVN3)).isEqualTo("ấp Tân Lợi");
        assertThat(LegacyVietnamese.convert("¸nh", Encoding.TCVN3)).isEqualTo("ánh");
    }

    @Test
    void cellsMixingLegacyTextWithDigitsAndPunctuationAreConverted() {
        assertThat(LegacyVietnamese.detect("Sè 12, ®­êng Lª Lîi, P. BÕn NghÐ")).map(Conversion::converted)
                .contains("Số 12, đường Lê Lợi, P. Bến Nghé");
        assertThat(LegacyVietnamese.detect("Soá 12, ñöôøng Leâ Lôïi")).map(Conversion::converted)
                .contains("Số 12, đường Lê Lợi");
    }

    @Test
    void tcvn3NormalFontsKeepTheirSevenCapitals() {
        assertThat(LegacyVietnamese.convert("¡n ¢u £m ¤n ¥n ¦ng §µo", Encoding.TCVN3))
                .isEqualTo("Ăn Âu Êm Ôn Ơn Ưng Đào");
    }

    @Test
    void namesAndPlacesInTcvn3AreDetectedAndConverted() {
        for (String name : NAMES) {
            String cell = cell(LegacyEncoders.tcvn3(name));
            assertThat(LegacyVietnamese.detect(cell)).as(cell)
                    .contains(new Conversion(cell, name, Encoding.TCVN3));
        }
    }

    @Test
    void namesAndPlacesInVniAreDetectedAndConverted() {
        for (String name : NAMES) {
            String cell = cell(LegacyEncoders.vni(name));
            assertThat(LegacyVietnamese.detect(cell)).as(cell).contains(new Conversion(cell, name, Encoding.VNI));
            String upper = name.toUpperCase(Locale.ROOT);
            String upperCell = cell(LegacyEncoders.vni(upper));
            assertThat(LegacyVietnamese.detect(upperCell)).as(upperCell)
                    .contains(new Conversion(upperCell, upper, Encoding.VNI));
        }
    }

    @Test
    void aCsvReadAsWindows1252OrIso88591GivesTheSameResult() {
        for (String name : NAMES) {
            for (byte[] bytes : List.of(LegacyEncoders.tcvn3(name), LegacyEncoders.vni(name))) {
                for (Charset charset : List.of(WINDOWS_1252, StandardCharsets.ISO_8859_1)) {
                    String read = new String(bytes, charset);
                    assertThat(LegacyVietnamese.detect(read)).as("%s read as %s", read, charset)
                            .map(Conversion::converted).contains(name);
                }
            }
        }
        // bytes 0x80–0x9F: VN1 capitals in TCVN3 ("€" is À), 0x9F Ỵ in VNI ("Ÿ")
        assertThat(LegacyVietnamese.convert(new String(new byte[] {(byte) 0x80, 'N', 'H'}, WINDOWS_1252),
                Encoding.TCVN3)).isEqualTo("ÀNH");
        assertThat(LegacyVietnamese.convert("\u0080NH", Encoding.TCVN3)).isEqualTo("ÀNH");
        assertThat(LegacyVietnamese.convert("MŸ", Encoding.VNI)).isEqualTo("MỴ");
    }

    @Test
    void decomposedUnicodeIsComposed() {
        for (String name : NAMES) {
            String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
            assertThat(LegacyVietnamese.detect(decomposed)).as(name)
                    .contains(new Conversion(decomposed, name, Encoding.DECOMPOSED));
            assertThat(LegacyVietnamese.convert(decomposed, Encoding.DECOMPOSED)).isEqualTo(name);
        }
        // "Nguyễn" with only the tone decomposed (ê + U+0303), as some input methods write it
        assertThat(LegacyVietnamese.detect("Nguyê\u0303n")).map(Conversion::converted).contains("Nguyễn");
    }

    @Test
    void correctUnicodeAsciiAndEnglishAreLeftAlone() {
        for (String name : NAMES) {
            assertThat(LegacyVietnamese.detect(name)).as(name).isEmpty();
            assertThat(LegacyVietnamese.detect(name.toUpperCase(Locale.ROOT))).as(name).isEmpty();
        }
        for (String text : List.of("Nguyễn Thị Hoà", "Đắk Lắk", "Hà Nội", "Hà", "Hòa Bình", "Tô Lâm", "Cà Mau",
                "Lê Thị Hà", "Hà Giang", "Châu Ô", "Bà Rịa – Vũng Tàu", "Nguyen Van An", "NGUYEN THI HOA", "",
                "079123456789", "The quick brown fox", "Party member list – 2024", "Số 12/QĐ-TU", "HÀ GIANG", "Hà – Nam", "Lò Văn Giàng")) {
            assertThat(LegacyVietnamese.detect(text)).as(text).isEmpty();
        }
        assertThat(LegacyVietnamese.detect(null)).isEmpty();
    }

    @Test
    void frenchAndOtherLatin1TextIsLeftAlone() {
        for (String text : List.of("Hélène Dupré", "François Müller", "Crème brûlée", "São Paulo", "Ångström",
                "café", "Gérard Depardieu", "Zoë Saldaña", "naïve", "Björk Guðmundsdóttir", "Ça va", "25°C", "© 2024",
                "Straße", "José Martí")) {
            assertThat(LegacyVietnamese.detect(text)).as(text).isEmpty();
        }
    }

    @Test
    void tcvn3AndVniAreToldApartOnShortCells() {
        assertThat(LegacyVietnamese.detect("Lª")).map(Conversion::encoding).contains(Encoding.TCVN3); // Lê
        assertThat(LegacyVietnamese.detect("Leâ")).map(Conversion::encoding).contains(Encoding.VNI); // Lê
        assertThat(LegacyVietnamese.detect("Hoï")).map(Conversion::converted).contains("Họ");
        assertThat(LegacyVietnamese.detect("Hä")).map(Conversion::converted).contains("Họ");
        assertThat(LegacyVietnamese.detect("§µo")).map(Conversion::converted).contains("Đào");
        assertThat(LegacyVietnamese.detect("Ñaøo")).map(Conversion::converted).contains("Đào");
    }

    @Test
    void aWordThatIsAlsoCorrectUnicodeIsNotConvertedAlone() {
        // TCVN3 "Tó" is "Tú", but "Tó" is a Vietnamese syllable too: a single cell cannot tell, a column can
        assertThat(LegacyVietnamese.detect("Tó")).isEmpty();
        assertThat(LegacyVietnamese.convert("Tó", Encoding.TCVN3)).isEqualTo("Tú");
    }

    @Test
    void convertLeavesTextThatIsAlreadyUnicodeAsItIs() {
        assertThat(LegacyVietnamese.convert("Nguyễn Thị Hà", Encoding.TCVN3)).isEqualTo("Nguyễn Thị Hà");
        assertThat(LegacyVietnamese.convert("Nguyễn Văn An", Encoding.VNI)).isEqualTo("Nguyễn Văn An");
        assertThat(LegacyVietnamese.convert("An", Encoding.VNI)).isEqualTo("An");
        assertThat(LegacyVietnamese.convert(null, Encoding.VNI)).isNull();
    }

    @Test
    void aVniMarkThatFitsNoLetterIsKept() {
        assertThat(LegacyVietnamese.convert("Cafeù 5ù", Encoding.VNI)).isEqualTo("Café 5ù");
        assertThat(LegacyVietnamese.convert("aùø", Encoding.VNI)).isEqualTo("áø");
    }

    @Test
    void charsetOfAFileFollowsItsBomOrItsBytes() {
        assertThat(LegacyVietnamese.charsetOf(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H'}))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(LegacyVietnamese.charsetOf(new byte[] {(byte) 0xFF, (byte) 0xFE, 'H', 0}))
                .isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(LegacyVietnamese.charsetOf(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'H'}))
                .isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(LegacyVietnamese.charsetOf(new byte[0])).isEqualTo(StandardCharsets.UTF_8);
        assertThat(LegacyVietnamese.charsetOf("STT;Họ và tên\n1;Nguyễn Văn An".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(LegacyVietnamese.charsetOf("Ho va ten\nNguyen Van An".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(StandardCharsets.UTF_8);
        // a head cut in the middle of "ễ" (E1 BB 85) is still UTF-8
        byte[] utf8 = "Nguyễn".getBytes(StandardCharsets.UTF_8);
        assertThat(LegacyVietnamese.charsetOf(java.util.Arrays.copyOf(utf8, 5))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void legacyAndMalformedBytesAreReadAsWindows1252() {
        assertThat(LegacyVietnamese.charsetOf(LegacyEncoders.tcvn3("Họ và tên;Nguyễn Văn An"))).isEqualTo(WINDOWS_1252);
        assertThat(LegacyVietnamese.charsetOf(LegacyEncoders.vni("Họ và tên;Nguyễn Văn An"))).isEqualTo(WINDOWS_1252);
        assertThat(LegacyVietnamese.charsetOf(bytes(0x41, 0xC0, 0xAF))).as("overlong /").isEqualTo(WINDOWS_1252);
        assertThat(LegacyVietnamese.charsetOf(bytes(0xE0, 0x80, 0xAF))).as("overlong 3-byte").isEqualTo(WINDOWS_1252);
        assertThat(LegacyVietnamese.charsetOf(bytes(0xED, 0xA0, 0x80))).as("surrogate").isEqualTo(WINDOWS_1252);
        assertThat(LegacyVietnamese.charsetOf(bytes(0xF4, 0x90, 0x80, 0x80))).as("> U+10FFFF").isEqualTo(WINDOWS_1252);
        assertThat(LegacyVietnamese.charsetOf(bytes(0xC3, 0x41))).as("lead without continuation")
                .isEqualTo(WINDOWS_1252);
        assertThat(LegacyVietnamese.charsetOf(bytes(0x80))).as("lone continuation").isEqualTo(WINDOWS_1252);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
