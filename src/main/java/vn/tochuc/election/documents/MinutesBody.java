package vn.tochuc.election.documents;

import static vn.tochuc.election.documents.MinutesStyle.CELL;
import static vn.tochuc.election.documents.MinutesStyle.CELL_BOLD;
import static vn.tochuc.election.documents.MinutesStyle.body;
import static vn.tochuc.election.documents.MinutesStyle.capitalized;
import static vn.tochuc.election.documents.MinutesStyle.cell;
import static vn.tochuc.election.documents.MinutesStyle.header;
import static vn.tochuc.election.documents.MinutesStyle.number;
import static vn.tochuc.election.documents.MinutesStyle.section;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.tochuc.election.documents.MinutesSpec.Ballots;
import vn.tochuc.election.documents.MinutesSpec.Base;
import vn.tochuc.election.documents.MinutesSpec.Part;
import vn.tochuc.election.documents.MinutesSpec.Row;
import vn.tochuc.shared.Percentage;

/** The numbered sections of the minutes, in the order of the party's template (rules §1.9). */
final class MinutesBody {

    /** Room a section heading needs below it, so that it never ends a page alone. */
    private static final float HEADING_ROOM = 110;

    private final MinutesSpec spec;
    private final Document document;
    private final PdfWriter writer;

    MinutesBody(MinutesSpec spec, Document document, PdfWriter writer) {
        this.spec = spec;
        this.document = document;
        this.writer = writer;
    }

    void write() {
        listSection();
        boardSection();
        baseSection();
        ballotSection();
        votesSection();
        resultSection();
        explanationSection();
        entryLogSection();
    }

    private void listSection() {
        startSection("I. SỐ LƯỢNG CẦN BẦU VÀ DANH SÁCH BẦU CỬ");
        document.add(body("Số lượng cần bầu: " + spec.heading().seats() + " đồng chí."));
        document.add(body("Danh sách bầu cử gồm " + spec.listInOrder().size()
                + " đồng chí, xếp theo thứ tự A, B, C như in trên phiếu bầu:"));
        document.add(columns(spec.listInOrder()));
    }

    /** Numbered names in one to three columns, read down each column. */
    private static PdfPTable columns(List<String> names) {
        int count = names.size() <= 12 ? 1 : names.size() <= 40 ? 2 : 3;
        int rows = (names.size() + count - 1) / count;
        PdfPTable table = new PdfPTable(count);
        table.setWidthPercentage(100);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < count; column++) {
                int i = column * rows + row;
                String text = i < names.size() ? (i + 1) + ". " + names.get(i) : "";
                table.addCell(MinutesStyle.plain(new Phrase(text, MinutesStyle.TEXT), Element.ALIGN_LEFT));
            }
        }
        return table;
    }

    private void boardSection() {
        startSection("II. BAN KIỂM PHIẾU");
        document.add(body("Trưởng ban: đồng chí " + spec.board().head() + "."));
        List<String> members = spec.board().members();
        if (!members.isEmpty()) {
            document.add(body("Các thành viên: " + members.stream().map(name -> "đồng chí " + name)
                    .collect(Collectors.joining(", ")) + "."));
        }
    }

    private void baseSection() {
        Base base = spec.base();
        startSection("III. MẪU SỐ TÍNH KẾT QUẢ (D) VÀ SỐ PHIẾU CẦN ĐỂ TRÚNG CỬ");
        PdfPTable table = MinutesStyle.table(80, 20);
        row(table, "Tổng số " + base.voters() + " chính thức được triệu tập", base.convened(), false);
        for (Part exclusion : base.exclusions()) {
            subRow(table, "Trừ " + exclusion.label(), exclusion.count());
        }
        row(table, "Mẫu số tính kết quả bầu cử (D)", base.denominator(), true);
        row(table, "Số phiếu cần để trúng cử (quá một nửa của D)", base.threshold(), true);
        table.setKeepTogether(true);
        document.add(table);
        document.add(MinutesStyle.paragraph("Người trúng cử phải được số phiếu bầu quá một nửa so với mẫu số D "
                + "(Điều lệ Đảng, Điều 12 khoản 3; Quy chế bầu cử trong Đảng), không tính theo số phiếu hợp lệ.",
                MinutesStyle.SMALL_ITALIC, Element.ALIGN_LEFT));
    }

    private void ballotSection() {
        Ballots ballots = spec.ballots();
        String voters = spec.base().voters();
        startSection("IV. KẾT QUẢ KIỂM PHIẾU");
        PdfPTable table = MinutesStyle.table(80, 20);
        if (ballots.present() != null) {
            row(table, "Số " + voters + " có mặt khi bỏ phiếu", ballots.present(), false);
        }
        if (ballots.absent() != null) {
            row(table, "Số " + voters + " vắng mặt khi bỏ phiếu", ballots.absent(), false);
        }
        row(table, "Số phiếu phát ra", ballots.issued(), false);
        row(table, "Số phiếu thu vào", ballots.returned(), false);
        row(table, "Số phiếu hợp lệ", ballots.valid(), false);
        row(table, "Số phiếu không hợp lệ", ballots.invalid(), false);
        for (Part reason : ballots.invalidByReason()) {
            subRow(table, capitalized(reason.label()), reason.count());
        }
        table.setKeepTogether(true);
        document.add(table);
    }

    private void votesSection() {
        int denominator = spec.base().denominator();
        startSection("V. SỐ PHIẾU BẦU CỦA TỪNG NGƯỜI");
        document.add(body("Theo thứ tự danh sách bầu cử; tỷ lệ tính so với mẫu số D = " + denominator + "."));
        PdfPTable table = MinutesStyle.table(8, 39, 15, 21, 17);
        table.setHeaderRows(1);
        for (String title : List.of("STT", "Họ và tên", "Số phiếu", "Tỷ lệ so với D", "Ghi chú")) {
            table.addCell(header(title));
        }
        for (Row row : spec.candidates()) {
            table.addCell(cell(Integer.toString(row.position()), CELL, Element.ALIGN_CENTER));
            table.addCell(cell(row.name(), CELL, Element.ALIGN_LEFT));
            table.addCell(number(row.votes()));
            table.addCell(cell(Percentage.of(row.votes(), denominator).toVietnamese(), CELL, Element.ALIGN_RIGHT));
            String note = row.elected() ? "Trúng cử" : spec.outcome().tied().contains(row.name()) ? "Bằng phiếu" : "";
            table.addCell(cell(note, row.elected() ? CELL_BOLD : CELL, Element.ALIGN_CENTER));
        }
        document.add(table);
    }

    private void resultSection() {
        MinutesSpec.Outcome outcome = spec.outcome();
        int denominator = spec.base().denominator();
        startSection("VI. NGƯỜI TRÚNG CỬ");
        if (outcome.electedInOrder().isEmpty()) {
            document.add(body("Không có đồng chí nào trúng cử."));
        } else {
            document.add(body("Những đồng chí sau đây trúng cử (xếp theo thứ tự số phiếu bầu từ cao đến thấp, "
                    + "có số phiếu quá một nửa so với D = " + denominator + "):"));
            Map<String, Row> byName = spec.candidates().stream()
                    .collect(Collectors.toMap(Row::name, Function.identity(), (a, b) -> a));
            PdfPTable table = MinutesStyle.table(8, 52, 19, 21);
            table.setHeaderRows(1);
            table.setKeepTogether(outcome.electedInOrder().size() <= 30);
            for (String title : List.of("STT", "Họ và tên", "Số phiếu", "Tỷ lệ so với D")) {
                table.addCell(header(title));
            }
            int place = 1;
            for (String name : outcome.electedInOrder()) {
                Row row = byName.get(name);
                table.addCell(cell(Integer.toString(place++), CELL, Element.ALIGN_CENTER));
                table.addCell(cell(name, CELL_BOLD, Element.ALIGN_LEFT));
                table.addCell(number(row.votes()));
                table.addCell(cell(Percentage.of(row.votes(), denominator).toVietnamese(), CELL, Element.ALIGN_RIGHT));
            }
            document.add(table);
        }
        document.add(body("Số người trúng cử: " + outcome.electedInOrder().size() + "/" + spec.heading().seats() + "."));
        if (!outcome.tied().isEmpty()) {
            document.add(body("Các đồng chí có số phiếu bằng nhau ở vị trí cuối, chưa trúng cử: "
                    + String.join(", ", outcome.tied()) + "."));
        }
        if (outcome.unfilledSeats() > 0) {
            document.add(body("Số lượng còn thiếu so với số cần bầu: " + outcome.unfilledSeats() + "."));
        }
    }

    private void explanationSection() {
        if (spec.outcome().explanation().isEmpty()) {
            return;
        }
        startSection("VII. GIẢI TRÌNH KẾT QUẢ");
        for (String sentence : spec.outcome().explanation()) {
            document.add(body("– " + sentence));
        }
    }

    private void entryLogSection() {
        startSection((spec.outcome().explanation().isEmpty() ? "VII" : "VIII") + ". NHẬT KÝ NHẬP PHIẾU");
        if (spec.entryLogHash() == null) {
            document.add(body("Không dùng nhật ký nhập phiếu trên máy tính."));
            return;
        }
        document.add(body("Mã băm cuối của nhật ký nhập phiếu (để đối chiếu với bản in nhật ký):"));
        document.add(MinutesStyle.paragraph(spec.entryLogHash(), MinutesStyle.HASH, Element.ALIGN_LEFT));
    }

    /** A section heading, on a new page when too little room is left under it for what follows. */
    private void startSection(String title) {
        if (writer.getVerticalPosition(false) - document.bottom() < HEADING_ROOM) {
            document.newPage();
        }
        document.add(section(title));
    }

    private static void row(PdfPTable table, String label, int value, boolean strong) {
        table.addCell(cell(capitalized(label), strong ? CELL_BOLD : CELL, Element.ALIGN_LEFT));
        table.addCell(cell(Integer.toString(value), strong ? CELL_BOLD : CELL, Element.ALIGN_RIGHT));
    }

    /** An indented part of the row above: an exclusion, a reason. */
    private static void subRow(PdfPTable table, String label, int value) {
        PdfPCell cell = cell("– " + label, CELL, Element.ALIGN_LEFT);
        cell.setPaddingLeft(18);
        table.addCell(cell);
        table.addCell(cell(Integer.toString(value), CELL, Element.ALIGN_RIGHT));
    }
}
