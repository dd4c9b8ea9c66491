package vn.tochuc.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.tochuc.membership.Ethnicities;
import vn.tochuc.membership.MemberRecord;
import vn.tochuc.membership.Sex;

/**
 * Invented party members with realistic Vietnamese records, from a seed: the same seed and settings always
 * give the same people, in the same order. Pure Java (no Spring, no database), so the national benchmark can
 * draw millions of them as well as the demo its province.
 *
 * <p>Kinh family names follow the population's shares (Nguyễn about 38 %, Trần 11 %, Lê 9.5 %, Phạm 7 %,
 * Hoàng/Huỳnh 5 %, then Phan, Vũ/Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý…; the northern spellings Hoàng and Vũ
 * far outnumber Huỳnh and Võ). Ethnic-minority members carry their group's typical family and given names
 * (Tày and Nùng: Hoàng, Nông, Ma, Lục, Triệu, Bế…; Mông: Giàng, Vàng, Sùng, Thào, Mùa, Lý…; Dao: Triệu,
 * Bàn, Lý, Đặng…; Thái: Lò, Lường, Cầm, Quàng…). Middle names follow the sex (Văn, Đức, Hữu… / Thị, Ngọc,
 * Thu…), with Văn and Thị less common among the young. Ages run from 18 to 90 today; a few records give only
 * the birth year. Citizen IDs follow the structure of NĐ 137/2015/NĐ-CP Art. 13 (province where the birth was
 * registered, century-and-sex digit, the year's last two digits, six random digits) and are unique; a few
 * records carry a deliberate data problem ({@link DataProblem}) so that the clerk's work lists have
 * something to show.
 */
public final class People {

    /** A drawn person: the record as it is to be stored, the true birth date, and the data problem planted. */
    public record Person(MemberRecord record, LocalDate bornOn, DataProblem problem) {
    }

    /** The deliberate mistakes, each in about one record in a thousand. */
    public enum DataProblem {
        NONE,
        /** The citizen ID's century-and-sex digit says the other sex. */
        SEX_DIGIT,
        /** The record lacks the birth date (as in registers carried over from paper). */
        NO_BIRTH_DATE
    }

    /**
     * What the people are drawn for.
     *
     * @param today the day ages are counted from
     * @param ethnicMix weight of each ethnic group (names from {@link Ethnicities})
     * @param provinceCode the citizen-ID province code of the local births (TT 07/2016/TT-BCA, e.g. "014")
     * @param localPlaces places of birth and home towns inside the province ("xã Chiềng Mai, tỉnh Sơn Lâm")
     * @param womenPerHundred women among every hundred members
     */
    public record Settings(LocalDate today, Map<String, Integer> ethnicMix, String provinceCode,
            List<String> localPlaces, int womenPerHundred) {

        public Settings {
            if (!provinceCode.matches("\\d{3}")) {
                throw new IllegalArgumentException("province code must be 3 digits: " + provinceCode);
            }
            for (String group : ethnicMix.keySet()) {
                if (!Ethnicities.isKnown(group)) {
                    throw new IllegalArgumentException("unknown ethnic group " + group);
                }
            }
            if (localPlaces.isEmpty()) {
                throw new IllegalArgumentException("no local places");
            }
            ethnicMix = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ethnicMix));
            localPlaces = List.copyOf(localPlaces);
        }

        /** A mountainous northern province: Kinh 45 %, Tày 19 %, Mông 12 %, Dao 10 %, Nùng 6 %, Thái 4 %… */
        public static Settings mountainous(LocalDate today, String provinceCode, List<String> localPlaces) {
            return new Settings(today, MOUNTAINOUS, provinceCode, localPlaces, 35);
        }

        /** The whole country's mix as among party members (Kinh about 88 %). */
        public static Settings national(LocalDate today, String provinceCode, List<String> localPlaces) {
            return new Settings(today, NATIONAL, provinceCode, localPlaces, 40);
        }
    }

    static final Map<String, Integer> MOUNTAINOUS = ordered("Kinh", 450, "Tày", 190, "Mông", 120, "Dao", 100,
            "Nùng", 60, "Thái", 40, "Sán Chay", 20, "Mường", 6, "Giáy", 5, "Khơ Mú", 3, "Hoa", 2, "La Chí", 2,
            "Phù Lá", 2);

    static final Map<String, Integer> NATIONAL = ordered("Kinh", 880, "Tày", 25, "Thái", 20, "Mường", 18,
            "Khmer", 12, "Nùng", 10, "Hoa", 4, "Mông", 6, "Dao", 6, "Gia Rai", 3, "Ê Đê", 3, "Sán Chay", 2,
            "Chăm", 2, "Ba Na", 2, "Sán Dìu", 2, "Cơ Ho", 1, "Xơ Đăng", 1, "Giáy", 1, "Khơ Mú", 1, "Hrê", 1);

    // ---- names ----

    /** Kinh family names, per mille of the population (northern spellings dominate in the north). */
    static final Weighted<String> KINH_FAMILY = Weighted.pairs("Nguyễn", 384, "Trần", 110, "Lê", 95, "Phạm", 70,
            "Hoàng", 45, "Huỳnh", 6, "Phan", 45, "Vũ", 35, "Võ", 4, "Đặng", 21, "Bùi", 20, "Đỗ", 14, "Hồ", 13,
            "Ngô", 13, "Dương", 10, "Lý", 5, "Đào", 9, "Đinh", 9, "Trịnh", 8, "Mai", 7, "Trương", 7, "Lương", 6,
            "Tạ", 5, "Hà", 6, "Lưu", 4, "Cao", 5, "Đoàn", 5, "Vương", 3, "Kiều", 3, "Tô", 3, "Chu", 3, "Khuất", 2,
            "Quách", 2, "Lại", 2, "Nghiêm", 2, "Triệu", 2, "Thân", 2, "Phùng", 3, "Văn", 1, "Lã", 1, "Hứa", 1,
            "Tăng", 1, "Mạc", 1, "Thái", 2, "Doãn", 1);

    private record Names(Weighted<String> family, Weighted<String> maleMiddle, Weighted<String> femaleMiddle,
            Weighted<String> male, Weighted<String> female) {
    }

    private static final Weighted<String> KINH_MALE_MIDDLE = Weighted.pairs("Văn", 45, "Đức", 9, "Hữu", 6,
            "Minh", 8, "Quang", 7, "Xuân", 5, "Công", 4, "Thanh", 4, "Mạnh", 3, "Ngọc", 3, "Trọng", 3, "Tiến", 3,
            "Duy", 3, "Hoàng", 2, "Anh", 2, "Thế", 3, "Đình", 4, "Bá", 2, "Quốc", 3, "Việt", 2, "Trung", 2);
    private static final Weighted<String> KINH_FEMALE_MIDDLE = Weighted.pairs("Thị", 62, "Ngọc", 6, "Thu", 5,
            "Thanh", 5, "Minh", 3, "Hồng", 4, "Phương", 3, "Kim", 3, "Thùy", 3, "Bích", 2, "Hải", 2, "Mai", 2,
            "Diệu", 1, "Khánh", 2, "Lan", 1);
    private static final Weighted<String> KINH_MALE = Weighted.uniform(List.of("Anh", "Bình", "Cường", "Dũng",
            "Đức", "Hải", "Hùng", "Huy", "Hưng", "Khánh", "Long", "Minh", "Nam", "Phong", "Quang", "Sơn", "Thắng",
            "Thành", "Tuấn", "Tùng", "Việt", "Vinh", "Hoàng", "Hiếu", "Trung", "Toàn", "Lâm", "Tiến", "Định", "Hòa",
            "Hậu", "Chiến", "Công", "Đạt", "Kiên", "Mạnh", "Nghĩa", "Phúc", "Quân", "Tâm", "Thịnh", "Thuận", "Tú",
            "Vượng", "Khoa", "Lộc", "Thanh", "Hiệp", "Duy", "Giang", "Hạnh", "Lực", "Nhật", "Sáng", "Tân", "Thái",
            "Thọ", "Trường", "Tuyên", "Xuân"));
    private static final Weighted<String> KINH_FEMALE = Weighted.uniform(List.of("Anh", "Hoa", "Hương", "Hà",
            "Hạnh", "Hằng", "Lan", "Linh", "Loan", "Mai", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo",
            "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Huyền", "Dung", "Giang", "Hiền", "Hồng", "Liên", "Lý", "Nhàn",
            "Thúy", "Thu", "Xuân", "Chi", "Diệp", "My", "Nhi", "Ngân", "Duyên", "Hải", "Huệ", "Lệ", "Lụa", "Minh",
            "Nguyệt", "Quế", "Tâm", "Thơ", "Trinh", "Uyên"));

    private static final Weighted<String> TAY_NUNG_MALE = Weighted.uniform(List.of("Tâm", "Toản", "Lực", "Nhất",
            "Quyết", "Tuyên", "Khoa", "Sinh", "Chung", "Hiệp", "Thắng", "Hùng", "Dũng", "Cường", "Hải", "Lợi",
            "Pháo", "Thào", "Vần", "Sâm", "Kiên", "Nông", "Tám", "Hoàn", "Quý", "Thịnh", "Bảo", "Luân", "Tuấn",
            "Dương"));
    private static final Weighted<String> TAY_NUNG_FEMALE = Weighted.uniform(List.of("Hoa", "Mai", "Lan", "Hương",
            "Thoa", "Thơm", "Nhàn", "Hằng", "Dung", "Liên", "Lụa", "Thắm", "Vui", "Nụ", "Hiên", "Mến", "Thu", "Phượng",
            "Luyến", "Nguyệt", "Hiền", "Nga", "Dịu", "Xuân", "Hạnh"));
    private static final Weighted<String> MONG_MALE = Weighted.uniform(List.of("Páo", "Phử", "Chứ", "Lử", "Dế",
            "Sính", "Pó", "Sử", "Dình", "Lềnh", "Chá", "Tủa", "Khua", "Dua", "Tráng", "Dìa", "Pao", "Chính", "Súa",
            "Giàng", "Vư", "Nhè", "Sì", "Lồng", "Cở", "Thề", "Chư", "Dờ", "Sáu", "Chinh"));
    private static final Weighted<String> MONG_FEMALE = Weighted.uniform(List.of("Mỷ", "Sua", "Dợ", "Máy", "Mai",
            "Di", "Chu", "Ly", "Pà", "Sâu", "Say", "Mỉ", "Xúa", "Chò", "Dung", "Sinh", "Dính", "Pằng", "Chía", "Lử",
            "Mua", "Cở", "Dia"));
    private static final Weighted<String> DAO_MALE = Weighted.uniform(List.of("Kiềm", "Lở", "Chiêu", "Phin", "Thăng",
            "Quẩy", "Sinh", "Chản", "Sếnh", "Tiến", "Vần", "Lai", "Phú", "Ón", "Hin", "Phấy", "Tòn", "Liều", "Quyến",
            "Chằn", "Sử", "Minh", "Lìn", "Nhất", "Dào"));
    private static final Weighted<String> DAO_FEMALE = Weighted.uniform(List.of("Mẩy", "Nhất", "Nái", "Dín", "Phấy",
            "Chiêu", "Mây", "Múi", "Sai", "Phương", "Hoa", "Slan", "Kiều", "Nhậy", "Liều", "Chài", "Xuân", "Hồng"));
    private static final Weighted<String> THAI_MALE = Weighted.uniform(List.of("Tấn", "Chung", "Hải", "Khoa", "Xôm",
            "Pọm", "Ún", "Inh", "Ngoan", "Thanh", "Doãn", "Hặc", "Panh", "Piếng", "Sương", "Phiêng", "Tiến", "Lả",
            "Xuân", "Ỏn", "Khiêm", "Biên", "Lún", "Hiến", "Toán"));
    private static final Weighted<String> THAI_FEMALE = Weighted.uniform(List.of("Biên", "Phương", "Ngọc", "Xuân",
            "Ánh", "Lả", "Ngân", "Hoa", "Ín", "Thoa", "Thu", "Uyên", "Kim", "Pắn", "Ban", "Chiên", "Dinh", "Hương",
            "Mai", "Quyên", "Sinh", "Xiêm"));

    private static final Names KINH = new Names(KINH_FAMILY, KINH_MALE_MIDDLE, KINH_FEMALE_MIDDLE, KINH_MALE,
            KINH_FEMALE);
    private static final Weighted<String> MINORITY_MALE_MIDDLE = Weighted.pairs("Văn", 85, "Đức", 4, "Quang", 3,
            "Minh", 3, "Xuân", 2, "Hữu", 3);
    private static final Weighted<String> MINORITY_FEMALE_MIDDLE = Weighted.pairs("Thị", 92, "Ngọc", 2, "Thu", 2,
            "Hồng", 2, "Minh", 2);
    private static final Names TAY = new Names(Weighted.pairs("Hoàng", 24, "Nông", 14, "Ma", 8, "Lục", 6, "Triệu", 5,
            "Hà", 7, "Lưu", 4, "Đinh", 4, "Bế", 5, "Lương", 4, "Vi", 3, "Nguyễn", 8, "Ninh", 2, "Lý", 3, "Lường", 3),
            MINORITY_MALE_MIDDLE, MINORITY_FEMALE_MIDDLE, TAY_NUNG_MALE, TAY_NUNG_FEMALE);
    private static final Names NUNG = new Names(Weighted.pairs("Hoàng", 22, "Nông", 18, "Lục", 9, "Lý", 9, "Vi", 7,
            "Chu", 5, "Mã", 4, "Lăng", 4, "Triệu", 6, "Lương", 4, "Sầm", 3, "Dương", 3, "Nguyễn", 6),
            MINORITY_MALE_MIDDLE, MINORITY_FEMALE_MIDDLE, TAY_NUNG_MALE, TAY_NUNG_FEMALE);
    private static final Names MONG = new Names(Weighted.pairs("Giàng", 22, "Vàng", 18, "Sùng", 14, "Lý", 10,
            "Thào", 12, "Mùa", 7, "Hầu", 4, "Vừ", 4, "Lầu", 3, "Tráng", 2, "Hạng", 2, "Cứ", 2),
            Weighted.pairs("A", 55, "Seo", 15, "Mí", 10, "Chứ", 5, "Sử", 3, "Văn", 12),
            Weighted.pairs("Thị", 92, "Seo", 8), MONG_MALE, MONG_FEMALE);
    private static final Names DAO = new Names(Weighted.pairs("Triệu", 28, "Bàn", 22, "Lý", 14, "Đặng", 16,
            "Phùng", 6, "Chảo", 5, "Tẩn", 5, "Sần", 2, "Chìu", 2),
            Weighted.pairs("Văn", 65, "Kim", 10, "Tiến", 8, "Tòn", 5, "Sành", 4, "Quẩy", 4, "Đức", 4),
            Weighted.pairs("Thị", 70, "Mùi", 15, "Kim", 8, "Tả", 4, "Mẩy", 3), DAO_MALE, DAO_FEMALE);
    private static final Names THAI = new Names(Weighted.pairs("Lò", 24, "Lường", 16, "Cầm", 12, "Quàng", 10,
            "Lù", 5, "Tòng", 6, "Vì", 7, "Điêu", 5, "Bạc", 4, "Mè", 3, "Hoàng", 3, "Hà", 3, "Lê", 2),
            MINORITY_MALE_MIDDLE, MINORITY_FEMALE_MIDDLE, THAI_MALE, THAI_FEMALE);
    private static final Names SAN_CHAY = new Names(Weighted.pairs("Hoàng", 20, "Lý", 15, "Trần", 10, "Lâm", 12,
            "Dương", 10, "Ninh", 10, "Lục", 8, "Bàn", 5, "Triệu", 5), MINORITY_MALE_MIDDLE, MINORITY_FEMALE_MIDDLE,
            TAY_NUNG_MALE, TAY_NUNG_FEMALE);
    private static final Names MUONG = new Names(Weighted.pairs("Bùi", 35, "Đinh", 25, "Quách", 12, "Hà", 12,
            "Xa", 6, "Cao", 5, "Hoàng", 5), MINORITY_MALE_MIDDLE, MINORITY_FEMALE_MIDDLE, KINH_MALE, KINH_FEMALE);
    private static final Names GIAY = new Names(Weighted.pairs("Hoàng", 25, "Lò", 20, "Vàng", 15, "Lù", 12,
            "Sần", 10, "Giàng", 8, "Lồ", 10), MINORITY_MALE_MIDDLE, MINORITY_FEMALE_MIDDLE, TAY_NUNG_MALE,
            TAY_NUNG_FEMALE);
    private static final Names KHMU = new Names(Weighted.pairs("Lò", 20, "Vì", 20, "Quàng", 15, "Lường", 15,
            "Cụt", 10, "Và", 10, "Lềm", 10), MINORITY_MALE_MIDDLE, MINORITY_FEMALE_MIDDLE, THAI_MALE, THAI_FEMALE);
    private static final Names HOA = new Names(Weighted.pairs("Lý", 20, "Trần", 15, "Hoàng", 15, "Lâm", 15,
            "Trương", 10, "Dương", 10, "Lưu", 10, "Chu", 5), KINH_MALE_MIDDLE, KINH_FEMALE_MIDDLE, KINH_MALE,
            KINH_FEMALE);
    private static final Names HIGHLAND = new Names(Weighted.pairs("Lò", 20, "Sùng", 15, "Lý", 15, "Vàng", 15,
            "Pờ", 10, "Ly", 10, "Chang", 8, "Tráng", 7), MINORITY_MALE_MIDDLE, MINORITY_FEMALE_MIDDLE, MONG_MALE,
            MONG_FEMALE);
    /** The name stock of a group; the Khmer, Cham and Central Highlands groups of the national mix get Kinh-style names. */
    private static Names namesOf(String ethnicity) {
        return switch (ethnicity) {
            case "Kinh" -> KINH;
            case "Tày" -> TAY;
            case "Nùng" -> NUNG;
            case "Mông" -> MONG;
            case "Dao" -> DAO;
            case "Thái" -> THAI;
            case "Sán Chay" -> SAN_CHAY;
            case "Mường" -> MUONG;
            case "Giáy" -> GIAY;
            case "Khơ Mú" -> KHMU;
            case "Hoa" -> HOA;
            case "La Chí", "Phù Lá", "Hà Nhì", "La Hủ", "Lô Lô" -> HIGHLAND;
            default -> KINH;
        };
    }

    // ---- ages, places, schooling, work ----

    /** Members' ages today by band (share per cent), as in provincial reports: the middle-aged dominate. */
    private static final Weighted<int[]> AGE_BANDS = Weighted.pairs(new int[] {18, 25}, 4, new int[] {26, 30}, 8,
            new int[] {31, 40}, 24, new int[] {41, 50}, 22, new int[] {51, 60}, 18, new int[] {61, 70}, 13,
            new int[] {71, 80}, 8, new int[] {81, 90}, 3);

    /** Lowland provinces the Kinh of the mountains came from, with their citizen-ID codes. */
    private record Lowland(String place, String code) {
    }

    private static final Weighted<Lowland> LOWLANDS = Weighted.pairs(
            new Lowland("huyện Hải Hậu, tỉnh Nam Định", "036"), 14, new Lowland("huyện Kiến Xương, tỉnh Thái Bình", "034"), 14,
            new Lowland("huyện Lý Nhân, tỉnh Hà Nam", "035"), 8, new Lowland("huyện Khoái Châu, tỉnh Hưng Yên", "033"), 8,
            new Lowland("huyện Lâm Thao, tỉnh Phú Thọ", "025"), 10, new Lowland("huyện Hoằng Hóa, tỉnh Thanh Hóa", "038"), 10,
            new Lowland("huyện Diễn Châu, tỉnh Nghệ An", "040"), 8, new Lowland("huyện Thanh Oai, thành phố Hà Nội", "001"), 10,
            new Lowland("huyện Gia Lộc, tỉnh Hải Dương", "030"), 8, new Lowland("huyện Yên Lạc, tỉnh Vĩnh Phúc", "026"), 5,
            new Lowland("huyện Thủy Nguyên, thành phố Hải Phòng", "031"), 5);

    private static final Weighted<String> RELIGION = Weighted.pairs("Không", 962, "Phật giáo", 20, "Công giáo", 14,
            "Tin lành", 4);

    private static final Weighted<String> QUALIFICATION = Weighted.pairs(null, 30, "Sơ cấp", 6,
            "Trung cấp Sư phạm", 7, "Trung cấp Y", 4, "Trung cấp Nông lâm", 5, "Trung cấp Kế toán", 3,
            "Cao đẳng Sư phạm", 8, "Đại học Sư phạm", 10, "Đại học Nông lâm", 5, "Đại học Kinh tế", 5,
            "Đại học Luật", 4, "Đại học Y", 2, "Đại học Hành chính", 4, "Kỹ sư Xây dựng", 2, "Đại học An ninh", 2,
            "Đại học Quân sự", 2);

    private static final Weighted<String> THEORY = Weighted.pairs(null, 22, "Sơ cấp", 52, "Trung cấp", 21,
            "Cao cấp", 4, "Cử nhân", 1);

    /** Occupation categories of the statistical reports, for members of working age. */
    static final Weighted<String> WORKING = Weighted.pairs("Nông, lâm nghiệp", 34,
            "Viên chức (giáo dục, y tế)", 18, "Công chức", 7, "Cán bộ, công chức cấp xã", 9,
            "Người hoạt động không chuyên trách ở thôn, bản", 8, "Công nhân, lao động trong doanh nghiệp", 8,
            "Quản lý doanh nghiệp", 1, "Lực lượng vũ trang", 5, "Kinh doanh cá thể", 3, "Học sinh, sinh viên", 1,
            "Lao động tự do", 6);

    // ---- state ----

    private final Random random;
    private final Settings settings;
    private final Weighted<String> ethnicities;
    private final Weighted<String> localPlaces;
    private final Set<String> citizenIds = new HashSet<>();
    private int serial;

    public People(long seed, Settings settings) {
        this.random = new Random(seed);
        this.settings = settings;
        this.ethnicities = Weighted.of(settings.ethnicMix());
        this.localPlaces = Weighted.uniform(settings.localPlaces());
    }

    /** The next person. */
    public Person next() {
        String ethnicity = ethnicities.draw(random);
        Sex sex = random.nextInt(100) < settings.womenPerHundred() ? Sex.FEMALE : Sex.MALE;
        LocalDate born = birthDate();
        int age = age(born);
        boolean kinh = ethnicity.equals("Kinh") || ethnicity.equals("Hoa");
        Lowland lowland = kinh && random.nextInt(100) < (age > 50 ? 55 : 30) ? LOWLANDS.draw(random) : null;
        String birthPlace = lowland != null ? lowland.place() : localPlaces.draw(random);
        String homeTown = lowland != null || (kinh && random.nextInt(100) < 40) ? LOWLANDS.draw(random).place()
                : random.nextInt(100) < 80 ? birthPlace : localPlaces.draw(random);
        if (lowland != null) {
            homeTown = random.nextInt(100) < 85 ? lowland.place() : homeTown;
        }
        boolean yearOnly = random.nextInt(1000) < (age >= 65 ? 60 : kinh ? 5 : 20);
        LocalDate recorded = yearOnly ? LocalDate.of(born.getYear(), 1, 1) : born;
        DataProblem problem = problem();
        serial += 1 + random.nextInt(3);
        String citizenId = citizenId(lowland != null ? lowland.code() : settings.provinceCode(),
                problem == DataProblem.SEX_DIGIT ? other(sex) : sex, born.getYear());
        MemberRecord record = new MemberRecord(name(ethnicity, sex, born.getYear()), sex,
                problem == DataProblem.NO_BIRTH_DATE ? null : recorded, yearOnly, birthPlace, homeTown, ethnicity,
                religion(ethnicity), citizenId, education(born.getYear(), kinh), qualification(age),
                null, academicDegree(age), theory(age), occupation(age), cardNumber(), dossierNumber());
        return new Person(record, born, problem);
    }

    /** A full name of a person of {@code ethnicity}: family, middle, given (NFC). */
    String name(String ethnicity, Sex sex, int bornIn) {
        Names names = namesOf(ethnicity);
        boolean male = sex == Sex.MALE;
        String middle = (male ? names.maleMiddle() : names.femaleMiddle()).draw(random);
        if (names == KINH && bornIn >= 1985 && (middle.equals("Văn") || middle.equals("Thị"))
                && random.nextInt(100) < 45) {
            middle = (male ? names.maleMiddle() : names.femaleMiddle()).draw(random);
        }
        String given = (male ? names.male() : names.female()).draw(random);
        String family = names.family().draw(random);
        return family + " " + middle + " " + given;
    }

    private LocalDate birthDate() {
        int[] band = AGE_BANDS.draw(random);
        int age = band[0] + random.nextInt(band[1] - band[0] + 1);
        // born between (today - age - 1 year, today - age]: exactly {@code age} today
        LocalDate latest = settings.today().minusYears(age);
        return latest.minusDays(random.nextInt(365));
    }

    private int age(LocalDate born) {
        return java.time.Period.between(born, settings.today()).getYears();
    }

    private DataProblem problem() {
        int x = random.nextInt(1000);
        return x == 0 ? DataProblem.SEX_DIGIT : x == 1 ? DataProblem.NO_BIRTH_DATE : DataProblem.NONE;
    }

    /** Province, century-and-sex digit (0/1 for 1900–1999, 2/3 for 2000–2099), year's two digits, six digits. */
    private String citizenId(String province, Sex sex, int year) {
        int code = (year / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
        String head = province + code + String.format("%02d", year % 100);
        while (true) {
            String id = head + String.format("%06d", random.nextInt(1_000_000));
            if (citizenIds.add(id)) {
                return id;
            }
        }
    }

    private String religion(String ethnicity) {
        String drawn = RELIGION.draw(random);
        if (ethnicity.equals("Mông") && drawn.equals("Không") && random.nextInt(100) < 2) {
            return "Tin lành";
        }
        return drawn;
    }

    /** General education: the 10-year system for those schooled before 1975 (north), 12 years since. */
    private String education(int bornIn, boolean kinh) {
        int x = random.nextInt(100);
        if (bornIn < 1960) {
            return x < 55 ? "10/10" : x < 80 ? "7/10" : x < 92 ? "12/12" : "4/10";
        }
        if (kinh) {
            return x < 90 ? "12/12" : x < 98 ? "9/12" : "11/12";
        }
        return x < 72 ? "12/12" : x < 92 ? "9/12" : x < 97 ? "7/12" : "5/12";
    }

    private String qualification(int age) {
        String q = QUALIFICATION.draw(random);
        return age < 22 && q != null && q.startsWith("Đại học") ? "Trung cấp Nông lâm" : q;
    }

    private String academicDegree(int age) {
        int x = random.nextInt(1000);
        return age < 27 ? null : x < 3 ? "Tiến sĩ" : x < 40 ? "Thạc sĩ" : null;
    }

    private String theory(int age) {
        String t = THEORY.draw(random);
        return age < 30 && t != null && !t.equals("Sơ cấp") ? "Sơ cấp" : t;
    }

    private String occupation(int age) {
        if (age >= 62 || (age >= 57 && random.nextInt(100) < 40)) {
            return random.nextInt(100) < 75 ? "Hưu trí" : "Nông, lâm nghiệp";
        }
        String o = WORKING.draw(random);
        return age > 25 && o.equals("Học sinh, sinh viên") ? "Lao động tự do" : o;
    }

    /** Party card numbers: the province's two digits, a dot, six digits in the order cards were drawn. */
    private String cardNumber() {
        return settings.provinceCode().substring(1) + "." + String.format("%06d", serial);
    }

    /** Dossier (lý lịch) numbers: "LL", the province's two digits, a dash, six digits. */
    private String dossierNumber() {
        return "LL" + settings.provinceCode().substring(1) + "-" + String.format("%06d", serial);
    }

    private static Sex other(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }

    private static Map<String, Integer> ordered(Object... groupWeight) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < groupWeight.length; i += 2) {
            map.put((String) groupWeight[i], (Integer) groupWeight[i + 1]);
        }
        return map;
    }
}
