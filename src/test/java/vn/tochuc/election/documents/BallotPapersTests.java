package vn.tochuc.election.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tochuc.election.documents.SampleDocuments.LIST;
import static vn.tochuc.election.documents.SampleDocuments.ballots;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Secret ballots as QĐ 244-QĐ/TW Điều 17 khoản 1 (kept by QĐ 190-QĐ/TW) lays them out; rules §1.4. */
class BallotPapersTests {

    @Test
    void aListWithASurplusIsNumberedInItsOrderWithTheStrikeOutInstruction() {
        var spec = ballots(LIST, 15, PaperSize.A5, 1, 1, null);
        PdfText pdf = PdfText.of(BallotPapers.render(spec));

        assertThat(spec.format()).isEqualTo(BallotFormat.SURPLUS);
        assertThat(pdf.pages()).hasSize(1);
        assertThat(pdf.all()).contains("ĐẢNG BỘ XÃ CHIỀNG MAI", "ĐẢNG CỘNG SẢN VIỆT NAM", "(dấu của cấp ủy)",
                "NHIỆM KỲ 2025–2030", "(Danh sách gồm 17 người, bầu 15 người)",
                "Ghi chú: Gạch ngang cả họ và tên người không bầu.")
                .doesNotContain("Đồng ý", "Không đồng ý");
        assertThat(pdf.flat()).contains("PHIẾU BẦU BAN CHẤP HÀNH ĐẢNG BỘ XÃ CHIỀNG MAI KHÓA I");
        assertInOrder(pdf.all(), LIST.stream().map(name -> (LIST.indexOf(name) + 1) + ". " + name).toList());
    }

    @Test
    void aListWithoutSurplusHasTheFourColumnsAndTheMarkInstruction() {
        List<String> five = LIST.subList(0, 5);
        var spec = ballots(five, 5, PaperSize.A5, 1, 1, null);
        String text = PdfText.of(BallotPapers.render(spec)).all();

        assertThat(spec.format()).isEqualTo(BallotFormat.NO_SURPLUS);
        assertThat(text).contains("STT Họ và tên Đồng ý Không đồng ý", "(Danh sách gồm 5 người)",
                "Ghi chú: Đánh dấu X vào ô “Đồng ý” hoặc ô “Không đồng ý” của từng người.")
                .doesNotContain("Gạch ngang");
        assertInOrder(text, five.stream().map(name -> (five.indexOf(name) + 1) + " " + name).toList());
    }

    @Test
    void aSingleNameHasTheTwoBoxesAndAskForOneMark() {
        var spec = ballots(List.of("Nguyễn Thị Ngọc Ánh"), 1, PaperSize.A5, 2, 2, null);
        String text = PdfText.of(BallotPapers.render(spec)).all();

        assertThat(spec.format()).isEqualTo(BallotFormat.SINGLE);
        assertThat(text).doesNotContain("Danh sách gồm").contains("STT Họ và tên Đồng ý Không đồng ý", "1 Nguyễn Thị Ngọc Ánh",
                "Ghi chú: Đánh dấu X vào một trong hai ô “Đồng ý” hoặc “Không đồng ý”.");
    }

    @Test
    void vietnameseLettersComeBackAsTyped() {
        var spec = new BallotPaperSpec("Đảng ủy xã Chiềng Mai", "Phiếu bầu bí thư", "nhiệm kỳ 2025–2030",
                List.of("Nguyễn Thị Ngọc Ánh", "Lê Văn Ỷ", "Quàng Thị Ữ"), 2, PaperSize.A4, 1, 1, null);
        PdfText pdf = PdfText.of(BallotPapers.render(spec));

        assertThat(pdf.all()).contains("Nguyễn Thị Ngọc Ánh", "Lê Văn Ỷ", "Quàng Thị Ữ", "ĐẢNG ỦY XÃ CHIỀNG MAI");
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVu").doesNotContain("not embedded"));
    }

    @Test
    void eachBallotCarriesItsOwnSerialAndSheetsHoldTwoOrFour() {
        List<String> serials = List.of("K7Q2M9", "P3X8D4", "T6W1C5", "H9B2N7", "R4Z6F3");
        PdfText twoUp = PdfText.of(BallotPapers.render(ballots(LIST, 15, PaperSize.A4, 2, 5, serials)));
        PdfText fourUp = PdfText.of(BallotPapers.render(ballots(LIST, 15, PaperSize.A4, 4, 5, serials)));

        assertThat(twoUp.pages()).hasSize(3);
        assertThat(twoUp.pages().get(0)).contains("Số: K7Q2M9", "Số: P3X8D4").doesNotContain("T6W1C5");
        assertThat(twoUp.pages().get(2)).contains("Số: R4Z6F3");
        assertThat(fourUp.pages()).hasSize(2);
        assertThat(fourUp.pages().get(0)).contains("K7Q2M9", "P3X8D4", "T6W1C5", "H9B2N7");
        assertThat(fourUp.pages().get(1)).contains("R4Z6F3");
        assertThat(PdfText.of(BallotPapers.render(ballots(LIST, 15, PaperSize.A4, 2, 2, null))).all()).doesNotContain("Số:");
    }

    @Test
    void aHundredAndTwentyDelegatesFitOnOneBallotWithEveryNameWhole() {
        List<String> delegates = SampleDocuments.names(120, 20250715L);
        for (PaperSize paper : PaperSize.values()) {
            var spec = ballots(delegates, 100, paper, 1, 1, null);
            assertThat(BallotPapers.fits(spec)).isTrue();
            PdfText pdf = PdfText.of(BallotPapers.render(spec));
            assertThat(pdf.pages()).as(paper.name()).hasSize(1);
            for (int i = 0; i < delegates.size(); i++) {
                assertThat(pdf.all()).as(paper.name()).contains((i + 1) + ". " + delegates.get(i));
            }
        }
        List<String> withoutSurplus = delegates.subList(0, 60);
        String table = PdfText.of(BallotPapers.render(ballots(withoutSurplus, 60, PaperSize.A4, 1, 1, null))).all();
        assertThat(withoutSurplus).allSatisfy(name -> assertThat(table).contains(name));
    }

    @Test
    void aListTooLongForTheBallotIsRefusedRatherThanCut() {
        var spec = ballots(SampleDocuments.names(120, 7L), 100, PaperSize.A5, 4, 4, null);
        assertThat(BallotPapers.fits(spec)).isFalse();
        assertThatThrownBy(() -> BallotPapers.render(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("không in vừa một phiếu khổ A5, 4 phiếu một tờ");
    }

    @Test
    void aSpecThatCannotBePrintedIsRefused() {
        assertThatThrownBy(() -> ballots(LIST, 15, PaperSize.A4, 3, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ballots(LIST, 15, PaperSize.A4, 2, 2, List.of("A1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ballots(List.of(), 1, PaperSize.A4, 1, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ballots(List.of("Lò Thị Ánh", " "), 1, PaperSize.A4, 1, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static void assertInOrder(String text, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("\"%s\" after position %d in:%n%s", part, from, text).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
