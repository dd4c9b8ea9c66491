package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vietnamese text rules of DESIGN.md ("text"): NFC on input, a folded search key, Vietnamese order. */
class VietnameseTextTests {

    @Test
    void numbersInNamesSortByValueAndLettersTheVietnameseWay() {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("Chi bộ tổ dân phố số 10",
                "Chi bộ tổ dân phố số 2", "Chi bộ tổ dân phố số 1", "Chi bộ Đông Hà", "Chi bộ Duyên Hải"));
        names.sort(VietnameseText.collator());
        org.assertj.core.api.Assertions.assertThat(names).containsExactly("Chi bộ Duyên Hải", "Chi bộ Đông Hà",
                "Chi bộ tổ dân phố số 1", "Chi bộ tổ dân phố số 2", "Chi bộ tổ dân phố số 10");
    }

    @Test
    void foldingDropsDiacriticsLowersCaseTurnsDStrokeIntoDAndCollapsesSpaces() {
        assertThat(VietnameseText.fold("Đảng ủy  Xã")).isEqualTo("dang uy xa");
        assertThat(VietnameseText.fold("  ĐẢNG BỘ\tTỈNH  Điện Biên ")).isEqualTo("dang bo tinh dien bien");
        assertThat(VietnameseText.fold("đ")).isEqualTo("d");
    }

    @Test
    void normalizingGivesWhatNfcAndCollapsedWhiteSpaceGiveWhetherOrNotTheTextWasAlreadyNormal() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("[\\s\\p{Z}]+");
        List<String> samples = List.of("Nguyễn Thị Hoa", "Nguyen Van Nam", "Hà Nội", "a", " ", "", "  Lò  Văn ",
                "Lò Văn ", " Lò Văn", "Lò\tVăn", "Lò\u00A0Văn", "Lò\u2003Văn", "Lò\u3000Văn", "Lò\u2028Văn",
                "Lò\u001CVăn", "Văn\u001F", "Lò\u007FVăn", "Lò\u0085Văn", "Lò\u200BVăn", "x\ny",
                Normalizer.normalize("Chiềng Mai", Normalizer.Form.NFD), "Đảng uỷ", "12.345.678", "Kinh",
                "Lò Văn\r");
        for (String text : samples) {
            String expected = spaces.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
            assertThat(VietnameseText.normalize(text)).as("normalize(%s)", text.replace("\n", "\\n"))
                    .isEqualTo(expected);
        }
        String plain = "Nguyễn Thị Hoa";
        assertThat(VietnameseText.normalize(plain)).isSameAs(plain);
    }

    @Test
    void foldingRemovesHornsAndBreves() {
        assertThat(VietnameseText.fold("Nguyễn Thị Ửng, phường Hương Sơn, ấp Ơn Ăn"))
                .isEqualTo("nguyen thi ung, phuong huong son, ap on an");
    }

    @Test
    void oldAndNewTonePlacementFoldToTheSameKey() {
        // "hoà" (old style, tone on a) and "hòa" (new style, tone on o) are different code points, one word
        assertThat("hoà").isNotEqualTo("hòa");
        assertThat(VietnameseText.fold("hoà")).isEqualTo(VietnameseText.fold("hòa")).isEqualTo("hoa");
        assertThat(VietnameseText.fold("Đảng uỷ")).isEqualTo(VietnameseText.fold("Đảng ủy"));
    }

    @Test
    void decomposedInputFoldsAndNormalizesLikeComposedInput() {
        String composed = "Đảng ủy xã Chiềng Mai";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed));
        assertThat(VietnameseText.normalize(decomposed)).isEqualTo(composed);
    }

    @Test
    void theFoldedQueryIsContainedInTheFoldedName() {
        assertThat(VietnameseText.fold("Đảng ủy xã Chiềng Mai")).contains("dang uy xa");
        assertThat(VietnameseText.fold("Đảng ủy xã Chiềng Mai")).contains(VietnameseText.fold("CHIỀNG mai"));
    }

    @Test
    void normalizingTrimsAndSingleSpacesButKeepsCaseAndDiacritics() {
        assertThat(VietnameseText.normalize("  Chi bộ   thôn\tNà Sài ")).isEqualTo("Chi bộ thôn Nà Sài");
        assertThat(VietnameseText.normalize(null)).isNull();
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    @Test
    void aNoBreakSpacePastedFromAWordProcessorIsAnOrdinarySpace() {
        String pasted = "Chi bộ thôn\u00a0Nà\u202fSài\u00a0";
        assertThat(VietnameseText.normalize(pasted)).isEqualTo("Chi bộ thôn Nà Sài");
        assertThat(VietnameseText.fold(pasted)).isEqualTo("chi bo thon na sai");
    }

    @Test
    void vietnameseAlphabetOrdersBreveAndCircumflexAsLettersOfTheirOwn() {
        // a ă â b c d đ e ê … : ă and â are letters, not accents, so "Anh" < "Ăn" < "Ân" < "Bình"
        List<String> names = new ArrayList<>(List.of("Bình", "Ân", "Ăn", "Anh"));
        names.sort(VietnameseText.collator());
        assertThat(names).containsExactly("Anh", "Ăn", "Ân", "Bình");
    }

    @Test
    void vietnameseAlphabetPutsEveryDBeforeEveryDStroke() {
        List<String> letters = new ArrayList<>(List.of("đ", "b", "â", "d", "ă", "a"));
        letters.sort(VietnameseText.collator());
        assertThat(letters).containsExactly("a", "ă", "â", "b", "d", "đ");

        List<String> names = new ArrayList<>(List.of("Đào", "Dương", "Đinh", "Dung"));
        names.sort(VietnameseText.collator());
        assertThat(names).containsExactly("Dung", "Dương", "Đào", "Đinh");
    }

    @Test
    void personalNamesSortByGivenNameFirst() {
        List<String> names = new ArrayList<>(List.of("Nguyễn Thị Bình", "Trần Văn An", "Vũ Thị Ánh"));
        names.sort(VietnameseText.personalNameOrder());
        assertThat(names).containsExactly("Trần Văn An", "Vũ Thị Ánh", "Nguyễn Thị Bình");
    }

    @Test
    void personalNamesWithTheSameGivenNameSortByMiddleNameBeforeFamilyName() {
        // Family name alone would put Nguyễn before Trần; the middle names decide first.
        List<String> names = new ArrayList<>(List.of("Nguyễn Xuân An", "Trần Văn An", "Nguyễn Văn An"));
        names.sort(VietnameseText.personalNameOrder());
        assertThat(names).containsExactly("Nguyễn Văn An", "Trần Văn An", "Nguyễn Xuân An");
    }

    @Test
    void aShorterNameWithTheSameGivenNameSortsFirstBecauseAnEmptyMiddleNameComesFirst() {
        // given names equal ("An"); middle names "" and "Văn": the empty one first
        assertThat(sorted("Trần Văn An", "Lê An")).containsExactly("Lê An", "Trần Văn An");
        // a family name is never compared with a middle name: "Trần" does not lose to "Bá"
        assertThat(sorted("Lê Bá An", "Trần An")).containsExactly("Trần An", "Lê Bá An");
    }

    @Test
    void theGivenNameDecidesBeforeTheMiddleAndFamilyNames() {
        // "Nguyễn Thị Ánh" < "Nguyễn Thị Bình" by given name; "Nguyễn Thị Bình" < "Đỗ Văn Bình" by middle name
        assertThat(sorted("Đỗ Văn Bình", "Nguyễn Thị Bình", "Nguyễn Thị Ánh"))
                .containsExactly("Nguyễn Thị Ánh", "Nguyễn Thị Bình", "Đỗ Văn Bình");
        // the tone of the given name ("An" before "Án") counts before any later part
        assertThat(sorted("Lê Thị Án", "Trần Văn An")).containsExactly("Trần Văn An", "Lê Thị Án");
    }

    @Test
    void middleNamesAreComparedInTheirWrittenOrder() {
        // middle names "Thị Ngọc" and "Ngọc Thị": the first middle name decides ("Ngọc" < "Thị")
        assertThat(sorted("Lê Thị Ngọc Hoa", "Lê Ngọc Thị Hoa")).containsExactly("Lê Ngọc Thị Hoa", "Lê Thị Ngọc Hoa");
    }

    @Test
    void givenNameFirstKeyPutsTheGivenNameThenTheMiddleNamesInOrderThenTheFamilyName() {
        assertThat(VietnameseText.givenNameFirst("Nguyễn  Thị Hoa")).isEqualTo("Hoa Thị Nguyễn");
        assertThat(VietnameseText.givenNameFirst("Tôn Nữ Thị Ngọc Hoa")).isEqualTo("Hoa Nữ Thị Ngọc Tôn");
        assertThat(VietnameseText.givenNameFirst("Hoa")).isEqualTo("Hoa");
    }

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(VietnameseText.personalNameOrder());
        return list;
    }
}
