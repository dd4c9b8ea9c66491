package vn.tochuc.demo;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invented place names in the style of the northern mountains: Thái and Mông village names (bản Nà
 * Ngần, bản Huổi Lìu) and Kinh-style hamlet names (thôn Đồng Tâm). Any likeness to a real village is
 * a coincidence of syllables.
 */
final class PlaceNames {

    private static final List<String> FIRST = List.of("Nà", "Nậm", "Huổi", "Pá", "Co", "Phiêng", "Hua", "Tà", "Bó",
            "Pom", "Khau", "Lọng", "Púng", "Hát", "Xà", "Pắc", "Cang", "Kéo", "Hang", "Lả", "Noong", "Ít", "Pú");

    private static final List<String> SECOND = List.of("Mòng", "Ngần", "Sàng", "Cọ", "Lầm", "Khoang", "Pục", "Hẹ",
            "Lìu", "Thẳm", "Nong", "Mạ", "Tong", "Văn", "Ban", "Bon", "Cáy", "Pao", "Đán", "Hồng", "Sáng", "Lay",
            "Lót", "Nghè", "Muông", "Tấu", "Két", "Phát", "Khét", "Ten", "Cuông", "Pùa", "Lằn", "Lún", "Puôi", "Hịa",
            "Khoai", "Chạy", "Sản", "Lè", "Mo", "Nặm", "Sẳng", "Ún", "Lạn", "Páng", "Hiêng", "Cưa", "Luông", "Mé",
            "Pản", "Dôm", "Tỷ", "Hốc", "Kham", "Phầy", "Lụ", "Thuông", "Chiếu", "Lứa", "Côm", "Xe", "Củ", "Lý");

    private static final List<String> HAMLETS = List.of("Đồng Tâm", "Tân Lập", "Hồng Phong", "Quyết Tiến",
            "Thống Nhất", "Tiền Phong", "Hợp Thành", "Đoàn Kết", "Bình Minh", "Tân Tiến", "Chiến Thắng", "Hòa Bình",
            "Minh Khai", "Tân Thành", "Phú Hòa", "Trung Tâm", "Hồng Sơn", "Làng Mới", "Đồng Xuân", "Quang Vinh");

    private PlaceNames() {
    }

    /** Villages that grew in two keep the name with "Trên" (upper), "Dưới" (lower) and so on. */
    private static final List<String> HALVES = List.of("", " Trên", " Dưới", " Mới", " Trong", " Ngoài");

    /** A Thái/Mông village name not used before anywhere in the province, e.g. "Nà Ngần", "Huổi Lìu Dưới". */
    static String village(Random random, Set<String> used) {
        while (true) {
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + SECOND.get(random.nextInt(SECOND.size()));
            for (String half : HALVES) {
                if (used.add(name + half)) {
                    return name + half;
                }
            }
        }
    }

    /** A Kinh-style hamlet name not used before in the commune, e.g. "Đồng Tâm". */
    static String hamlet(Random random, Set<String> usedInCommune) {
        for (int tries = 0; tries < 100; tries++) {
            String name = HAMLETS.get(random.nextInt(HAMLETS.size()));
            if (usedInCommune.add(name)) {
                return name;
            }
        }
        return null;
    }
}
