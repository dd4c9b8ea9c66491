package vn.tochuc.demo;

import java.time.LocalDate;
import java.util.List;

/** The invented map of Sơn Lâm: districts and communes before 01/07/2025, and the communes after it. */
final class Geography {

    /** A district-level unit until 30/06/2025, with the communes under it. */
    record District(String name, String foundingName, String code, LocalDate founded, int decision,
            List<String> communes) {
    }

    /**
     * A commune-level unit from 01/07/2025 and the old communes it comes from: one (moved, perhaps
     * renamed), several merged into a new one, or several merged into the first ({@code intoFirst}).
     */
    record NewCommune(String name, List<String> predecessors, boolean intoFirst) {
    }

    static final List<District> DISTRICTS = List.of(
            new District("thị xã Sơn Lâm", "thị xã Sơn Lâm", "SL.TP", LocalDate.of(1961, 4, 15), 27,
                    List.of("phường Tô Hiệu", "phường Quyết Thắng", "phường Đồi Thông", "phường Chiềng An",
                            "xã Hua Pao", "xã Chiềng Đen")),
            new District("huyện Mường Khoa", "huyện Mường Khoa", "SL.MK", LocalDate.of(1948, 3, 10), 4,
                    List.of("thị trấn Mường Khoa", "xã Chiềng Mai", "xã Nậm Ty", "xã Mường Bon", "xã Phiêng Khoài",
                            "xã Tà Hộc", "xã Huổi Một")),
            new District("huyện Tà Lèng", "huyện Tà Lèng", "SL.TL", LocalDate.of(1952, 5, 19), 11,
                    List.of("thị trấn Tà Lèng", "xã Bản Lầm", "xã Long Hẹ", "xã Nà Sàng", "xã Pá Lông", "xã Co Mạ",
                            "xã Tông Cọ")),
            new District("huyện Quỳnh Lâm", "huyện Quỳnh Lâm", "SL.QL", LocalDate.of(1959, 9, 2), 19,
                    List.of("thị trấn Quỳnh Lâm", "xã Liệp Mai", "xã Mường Sại", "xã Chiềng Khoi", "xã Nậm Giôn",
                            "xã Púng Bánh")));

    static final List<NewCommune> NEW_COMMUNES = List.of(
            merged("phường Tô Hiệu", "phường Tô Hiệu", "phường Quyết Thắng"),
            kept("phường Đồi Thông"),
            kept("phường Chiềng An"),
            new NewCommune("phường Hua Pao", List.of("xã Hua Pao"), false),
            kept("xã Chiềng Đen"),
            merged("xã Mường Khoa", "thị trấn Mường Khoa", "xã Chiềng Mai", "xã Nậm Ty"),
            kept("xã Mường Bon"),
            kept("xã Phiêng Khoài"),
            kept("xã Tà Hộc"),
            kept("xã Huổi Một"),
            merged("xã Tà Lèng", "thị trấn Tà Lèng", "xã Bản Lầm"),
            new NewCommune("xã Long Hẹ", List.of("xã Long Hẹ", "xã Nà Sàng"), true),
            kept("xã Pá Lông"),
            kept("xã Co Mạ"),
            kept("xã Tông Cọ"),
            merged("xã Quỳnh Lâm", "thị trấn Quỳnh Lâm", "xã Liệp Mai"),
            kept("xã Mường Sại"),
            kept("xã Chiềng Khoi"),
            kept("xã Nậm Giôn"),
            kept("xã Púng Bánh"));

    /** Communes on the border, each with a border-guard post (đồn biên phòng) named after it. */
    static final List<String> BORDER = List.of("Pá Lông", "Co Mạ", "Tông Cọ", "Nậm Giôn", "Púng Bánh", "Huổi Một",
            "Tà Hộc", "Mường Sại");

    private Geography() {
    }

    /** The commune that took in the district town, where the district's own units moved on 01/07/2025. */
    static String townCommuneOf(String district) {
        return switch (district) {
            case "thị xã Sơn Lâm" -> "phường Tô Hiệu";
            case "huyện Mường Khoa" -> "xã Mường Khoa";
            case "huyện Tà Lèng" -> "xã Tà Lèng";
            default -> "xã Quỳnh Lâm";
        };
    }

    /** "xã Chiềng Mai" → "Chiềng Mai". */
    static String place(String unit) {
        for (String prefix : List.of("thị trấn ", "phường ", "xã ", "huyện ", "thị xã ", "thành phố ")) {
            if (unit.startsWith(prefix)) {
                return unit.substring(prefix.length());
            }
        }
        return unit;
    }

    static boolean urban(String unit) {
        return unit.startsWith("phường") || unit.startsWith("thị trấn");
    }

    private static NewCommune kept(String name) {
        return new NewCommune(name, List.of(name), false);
    }

    private static NewCommune merged(String name, String... predecessors) {
        return new NewCommune(name, List.of(predecessors), false);
    }
}
