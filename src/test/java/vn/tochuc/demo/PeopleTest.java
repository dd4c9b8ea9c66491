package vn.tochuc.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tochuc.demo.People.DataProblem;
import vn.tochuc.demo.People.Person;
import vn.tochuc.membership.CitizenIdCheck;
import vn.tochuc.membership.Ethnicities;
import vn.tochuc.membership.MemberRecord;
import vn.tochuc.membership.Sex;
import vn.tochuc.shared.VietnameseText;

/**
 * The people generator over the demo's 27,350 draws with seed 1: the shares it promises (family names of the
 * Kinh population, the mountainous ethnic mix, one member in three a woman), and records the registry accepts
 * (NFC names, known ethnic groups, 12-digit unique citizen IDs whose structure agrees with sex and birth year
 * except where a mistake was planted on purpose).
 */
class PeopleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final int DRAWS = 27_350;
    private static List<Person> people;

    @BeforeAll
    static void draw() {
        People generator = new People(1, settings());
        people = new ArrayList<>();
        for (int i = 0; i < DRAWS; i++) {
            people.add(generator.next());
        }
    }

    private static People.Settings settings() {
        return People.Settings.mountainous(TODAY, "014", List.of("xã Chiềng Mai, tỉnh Sơn Lâm",
                "phường Tô Hiệu, tỉnh Sơn Lâm", "xã Nậm Ty, tỉnh Sơn Lâm"));
    }

    @Test
    void theSameSeedDrawsTheSamePeopleAndAnotherSeedOthers() {
        People again = new People(1, settings());
        People other = new People(2, settings());
        List<MemberRecord> first = people.subList(0, 200).stream().map(Person::record).toList();
        List<MemberRecord> same = new ArrayList<>();
        List<MemberRecord> different = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            same.add(again.next().record());
            different.add(other.next().record());
        }
        assertThat(same).isEqualTo(first);
        assertThat(different).isNotEqualTo(first);
    }

    @Test
    void kinhFamilyNamesFollowThePopulationsShares() {
        List<String> kinh = families(p -> p.record().ethnicity().equals("Kinh"));
        assertThat(kinh.size()).isGreaterThan(11_000);
        assertThat(share(kinh, "Nguyễn")).isCloseTo(0.38, within(0.02));
        assertThat(share(kinh, "Trần")).isCloseTo(0.11, within(0.012));
        assertThat(share(kinh, "Lê")).isCloseTo(0.095, within(0.012));
        assertThat(share(kinh, "Phạm")).isCloseTo(0.07, within(0.01));
        assertThat(share(kinh, "Hoàng") + share(kinh, "Huỳnh")).isCloseTo(0.05, within(0.01));
        assertThat(share(kinh, "Hoàng")).isGreaterThan(4 * share(kinh, "Huỳnh"));
        assertThat(share(kinh, "Phan")).isCloseTo(0.045, within(0.008));
        assertThat(share(kinh, "Vũ") + share(kinh, "Võ")).isCloseTo(0.039, within(0.008));
        for (String family : List.of("Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")) {
            assertThat(share(kinh, family)).as(family).isBetween(0.002, 0.03);
        }
    }

    @Test
    void ethnicMinorityMembersCarryTheirGroupsFamilyNames() {
        assertThat(share(families(p -> p.record().ethnicity().equals("Mông")),
                Set.of("Giàng", "Vàng", "Sùng", "Lý", "Thào", "Mùa", "Hầu", "Vừ", "Lầu", "Tráng", "Hạng", "Cứ")))
                .isEqualTo(1.0);
        assertThat(share(families(p -> p.record().ethnicity().equals("Dao")), Set.of("Triệu", "Bàn", "Lý", "Đặng")))
                .isGreaterThan(0.75);
        assertThat(share(families(p -> p.record().ethnicity().equals("Thái")), Set.of("Lò", "Lường", "Cầm", "Quàng")))
                .isGreaterThan(0.55);
        assertThat(share(families(p -> Set.of("Tày", "Nùng").contains(p.record().ethnicity())),
                Set.of("Hoàng", "Nông", "Lường", "Ma", "Lục", "Triệu"))).isGreaterThan(0.5);
        assertThat(families(p -> !p.record().ethnicity().equals("Kinh") && !p.record().ethnicity().equals("Hoa")))
                .doesNotContain("Huỳnh", "Võ");
    }

    @Test
    void theEthnicMixIsAMountainousProvincesAndEveryGroupIsKnown() {
        Map<String, Long> groups = people.stream().collect(Collectors.groupingBy(p -> p.record().ethnicity(),
                Collectors.counting()));
        assertThat(groups.keySet()).allMatch(Ethnicities::isKnown);
        assertThat(groups.get("Kinh") / (double) DRAWS).isCloseTo(0.45, within(0.015));
        assertThat(groups.get("Tày") / (double) DRAWS).isCloseTo(0.19, within(0.012));
        assertThat(groups.get("Mông") / (double) DRAWS).isCloseTo(0.12, within(0.01));
        assertThat(groups.get("Dao") / (double) DRAWS).isCloseTo(0.10, within(0.01));
        assertThat(groups.get("Nùng") / (double) DRAWS).isCloseTo(0.06, within(0.008));
        assertThat(groups).containsKeys("Thái", "Sán Chay", "Mường", "Giáy");
        assertThatThrownBy(() -> new People.Settings(TODAY, Map.of("H'Mông", 1), "014", List.of("x"), 35))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneMemberInThreeIsAWomanAndMiddleNamesFollowTheSex() {
        long women = people.stream().filter(p -> p.record().sex() == Sex.FEMALE).count();
        assertThat(women / (double) DRAWS).isCloseTo(0.35, within(0.015));
        assertThat(people).noneMatch(p -> p.record().sex() == Sex.MALE && middle(p).equals("Thị"));
        assertThat(people).noneMatch(p -> p.record().sex() == Sex.FEMALE && middle(p).equals("Văn"));
        long thi = people.stream().filter(p -> p.record().sex() == Sex.FEMALE && middle(p).equals("Thị")).count();
        assertThat(thi / (double) women).isBetween(0.5, 0.9);
    }

    @Test
    void namesAreNfcAndRecordsFitTheRegistrysFields() {
        for (Person p : people) {
            MemberRecord r = p.record();
            assertThat(Normalizer.isNormalized(r.fullName(), Normalizer.Form.NFC)).as(r.fullName()).isTrue();
            assertThat(VietnameseText.normalize(r.fullName())).isEqualTo(r.fullName());
            assertThat(r.fullName().split(" ")).hasSizeBetween(3, 4);
            assertThat(r.birthPlace()).isNotBlank();
            assertThat(r.homeTown()).isNotBlank();
            assertThat(r.generalEducation()).matches("\\d{1,2}/1[02]");
        }
        assertThat(people.stream().filter(p -> "Không".equals(p.record().religion())).count() / (double) DRAWS)
                .isGreaterThan(0.93);
        assertThat(people).anyMatch(p -> "Công giáo".equals(p.record().religion()))
                .anyMatch(p -> "Phật giáo".equals(p.record().religion()));
    }

    @Test
    void agesRunFrom18To90AndAFewRecordsGiveOnlyTheYear() {
        for (Person p : people) {
            assertThat(Period.between(p.bornOn(), TODAY).getYears()).isBetween(18, 90);
            if (p.record().birthDate() != null && p.record().birthYearOnly()) {
                assertThat(p.record().birthDate()).isEqualTo(LocalDate.of(p.bornOn().getYear(), 1, 1));
            }
        }
        long yearOnly = people.stream().filter(p -> p.record().birthYearOnly()).count();
        assertThat(yearOnly).isBetween(100L, 1_500L);
        long over60 = people.stream().filter(p -> Period.between(p.bornOn(), TODAY).getYears() > 60).count();
        assertThat(over60 / (double) DRAWS).isCloseTo(0.24, within(0.02));
    }

    @Test
    void citizenIdsAreTwelveUniqueDigitsThatAgreeWithTheRecordUnlessAMistakeWasPlanted() {
        Set<String> ids = new HashSet<>();
        for (Person p : people) {
            String id = p.record().citizenId();
            assertThat(id).matches("\\d{12}");
            assertThat(ids.add(id)).as(id).isTrue();
            List<CitizenIdCheck.Finding> findings = CitizenIdCheck.check(id, p.record().sex(), p.bornOn().getYear());
            assertThat(findings).as(id).isEqualTo(p.problem() == DataProblem.SEX_DIGIT
                    ? List.of(CitizenIdCheck.Finding.SEX_MISMATCH) : List.of());
            assertThat(p.record().birthDate() == null).isEqualTo(p.problem() == DataProblem.NO_BIRTH_DATE);
        }
        assertThat(people.stream().filter(p -> p.record().citizenId().startsWith("014")).count() / (double) DRAWS)
                .isGreaterThan(0.75);
        assertThat(people.stream().filter(p -> p.problem() == DataProblem.SEX_DIGIT).count()).isBetween(5L, 80L);
        assertThat(people.stream().filter(p -> p.problem() == DataProblem.NO_BIRTH_DATE).count()).isBetween(5L, 80L);
    }

    @Test
    void cardAndDossierNumbersAreUniqueAndSchoolingAndWorkHaveRealisticShares() {
        assertThat(people.stream().map(p -> p.record().cardNumber()).distinct().count()).isEqualTo(DRAWS);
        assertThat(people.stream().map(p -> p.record().dossierNumber()).distinct().count()).isEqualTo(DRAWS);
        assertThat(people.getFirst().record().cardNumber()).matches("14\\.\\d{6}");
        double twelve = people.stream().filter(p -> "12/12".equals(p.record().generalEducation())).count()
                / (double) DRAWS;
        assertThat(twelve).isBetween(0.6, 0.9);
        double retired = people.stream().filter(p -> "Hưu trí".equals(p.record().occupation())).count()
                / (double) DRAWS;
        assertThat(retired).isBetween(0.12, 0.3);
        double theory = people.stream().filter(p -> p.record().politicalTheory() != null).count() / (double) DRAWS;
        assertThat(theory).isCloseTo(0.78, within(0.02));
    }

    private static List<String> families(Predicate<Person> which) {
        return people.stream().filter(which).map(p -> p.record().fullName().split(" ")[0]).toList();
    }

    private static String middle(Person p) {
        return p.record().fullName().split(" ")[1];
    }

    private static double share(List<String> names, String name) {
        return share(names, Set.of(name));
    }

    private static double share(List<String> names, Set<String> which) {
        return names.stream().filter(which::contains).count() / (double) names.size();
    }
}
