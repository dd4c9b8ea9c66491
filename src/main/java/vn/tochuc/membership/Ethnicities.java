package vn.tochuc.membership;

import java.util.List;

/** The 54 recognised ethnic groups of Vietnam (Tổng cục Thống kê, QĐ 121-TCTK/PPCĐ 1979) and "other". */
public final class Ethnicities {

    public static final String OTHER = "Khác";

    public static final List<String> RECOGNISED = List.of("Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng",
            "Mông", "Dao", "Gia Rai", "Ê Đê", "Ba Na", "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê",
            "Ra Glai", "Mnông", "Thổ", "Xtiêng", "Khơ Mú", "Bru - Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ",
            "Giẻ Triêng", "Co", "Chơ Ro", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "La Chí", "Kháng", "Phù Lá",
            "La Hủ", "La Ha", "Pà Thẻn", "Lự", "Ngái", "Chứt", "Lô Lô", "Mảng", "Cơ Lao", "Bố Y", "Cống", "Si La",
            "Pu Péo", "Rơ Măm", "Brâu", "Ơ Đu");

    private Ethnicities() {
    }

    /** The recognised groups followed by "other", as offered on forms. */
    public static List<String> choices() {
        return java.util.stream.Stream.concat(RECOGNISED.stream(), java.util.stream.Stream.of(OTHER)).toList();
    }

    public static boolean isKnown(String name) {
        return name != null && (RECOGNISED.contains(name) || OTHER.equals(name));
    }
}
