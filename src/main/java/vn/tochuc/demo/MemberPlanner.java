package vn.tochuc.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import vn.tochuc.membership.DisciplineForm;
import vn.tochuc.membership.EventKind;
import vn.tochuc.membership.LifeEvent;
import vn.tochuc.membership.LifecycleRules;
import vn.tochuc.membership.MemberLifecycle;
import vn.tochuc.membership.MemberRecord;
import vn.tochuc.membership.MemberState;
import vn.tochuc.organization.OrganizationType;

/**
 * Draws the members of the demo province and their life histories from a seed and the demo's "today".
 * People come from {@link People}; each history starts with an admission (decision, then the ceremony) between
 * 1965 and today and may go on with the conversion (12 months after the ceremony, with at least two thirds of
 * the cell's votes), permanent and temporary transfers between the province's cells, exemption of the elderly,
 * discipline, removal, expulsion, death, transfer out of the province and, rarely, re-admission.
 *
 * <p>Members are filed only in cells and grassroots cells, and only on days the plan has them in force. A
 * member whose cell ends (dissolved, or merged on 01/07/2025) is transferred on the day it ends to its
 * successor (the merged cell) or, for a dissolved one, to the cell the member ends up in or another cell in
 * force that day; a member whose cell was founded after the member's admission came there from an older cell
 * (one of its predecessors when it is a merger) on or shortly after its founding day. The histories name
 * organisations by their plan key; {@link #withIds} maps them to the ids the seeder got.
 *
 * <p>Drawing stops when exactly {@link #MEMBERS} people are members today (probationary or official); the
 * people who left before today (deceased, removed, expelled, transferred out of the province) come on top.
 */
final class MemberPlanner {

    /** Members (probationary and official) of the demo province today, for every seed. */
    static final int MEMBERS = 27_350;

    /** The citizen-ID province code of births in Sơn Lâm: Sơn La's (014), the province the demo is modelled on. */
    static final String PROVINCE_CODE = "014";

    private static final LocalDate FIRST_ADMISSIONS = LocalDate.of(1965, 1, 1);
    private static final LifecycleRules RULES = LifecycleRules.DEFAULT;

    /** A member as planned: the record and the events, organisations named by plan key. */
    record PlannedMember(MemberRecord record, List<LifeEvent> events, MemberState state) {
    }

    /** A filing organisation of the plan: the days it is in force, [from, to), and what it ended into. */
    private record Span(int key, String name, LocalDate from, LocalDate to, Integer successor, boolean residential,
            int weight) {

        boolean inForceOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day));
        }
    }

    private final Random random;
    private final People people;
    private final LocalDate today;
    private final List<Span> spans = new ArrayList<>();
    private final Map<Integer, Span> byKey = new HashMap<>();
    private final Map<Integer, List<Span>> predecessors = new HashMap<>();
    private final Weighted<Span> weighted;
    private final LocalDate earliest;
    private final MemberLifecycle lifecycle = new MemberLifecycle(RULES);

    private MemberPlanner(long seed, ProvincePlan plan, LocalDate today) {
        this.random = new Random(seed * 7_919 + 104_729);
        this.today = today;
        this.people = new People(seed, People.Settings.mountainous(today, PROVINCE_CODE, places()));
        readSpans(plan);
        this.weighted = Weighted.by(spans, Span::weight);
        this.earliest = spans.stream().filter(s -> s.to() == null).map(Span::from).min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The members of the demo province drawn from {@code seed}, as of {@code today}. */
    static List<PlannedMember> plan(long seed, ProvincePlan plan, LocalDate today) {
        return new MemberPlanner(seed, plan, today).draw();
    }

    /** The history with plan keys replaced by organisation ids. */
    static List<LifeEvent> withIds(List<LifeEvent> events, Map<Integer, Long> ids) {
        return events.stream().map(e -> e.organizationId() == null ? e : new LifeEvent(e.kind(), e.effectiveOn(),
                ids.get(e.organizationId().intValue()), e.decisionOn(), e.votesFor(), e.votesTotal(), e.discipline(),
                e.decisionRef(), e.details())).toList();
    }

    private List<PlannedMember> draw() {
        List<PlannedMember> members = new ArrayList<>(MEMBERS + MEMBERS / 8);
        int active = 0;
        while (active < MEMBERS) {
            PlannedMember member = member(people.next());
            members.add(member);
            if (member.state().status().isMember()) {
                active++;
            }
        }
        return members;
    }

    // ---- the organisations ----

    private void readSpans(ProvincePlan plan) {
        Map<Integer, PlanStep.Org> orgs = new HashMap<>();
        Map<Integer, LocalDate> from = new HashMap<>();
        Map<Integer, LocalDate> to = new HashMap<>();
        Map<Integer, Integer> successor = new HashMap<>();
        for (PlanStep step : plan.steps()) {
            switch (step) {
                case PlanStep.Found f -> {
                    orgs.put(f.org().key(), f.org());
                    from.put(f.org().key(), f.day());
                }
                case PlanStep.Merge m -> {
                    int target = m.newTarget() != null ? m.newTarget().key() : m.targetKey();
                    if (m.newTarget() != null) {
                        orgs.put(target, m.newTarget());
                        from.put(target, m.day());
                    }
                    m.sourceKeys().forEach(k -> {
                        to.put(k, m.day());
                        successor.put(k, target);
                    });
                }
                case PlanStep.Split s -> {
                    to.put(s.key(), s.day());
                    s.parts().forEach(p -> {
                        orgs.put(p.org().key(), p.org());
                        from.put(p.org().key(), s.day());
                    });
                }
                case PlanStep.Dissolve d -> to.put(d.key(), d.day());
                case PlanStep.Rename r -> { }
                case PlanStep.Move m -> { }
            }
        }
        orgs.values().stream().sorted(Comparator.comparingInt(PlanStep.Org::key)).forEach(org -> {
            if (org.type() == OrganizationType.CELL || org.type() == OrganizationType.GRASSROOTS_CELL) {
                boolean residential = org.name().startsWith("Chi bộ bản ") || org.name().startsWith("Chi bộ thôn ")
                        || org.name().startsWith("Chi bộ tổ dân phố ");
                int weight = residential ? 20 : org.type() == OrganizationType.GRASSROOTS_CELL ? 12 : 9;
                Span span = new Span(org.key(), org.name(), from.get(org.key()), to.get(org.key()),
                        successor.get(org.key()), residential, weight);
                spans.add(span);
                byKey.put(span.key(), span);
            }
        });
        for (Span s : spans) {
            if (s.successor() != null && byKey.containsKey(s.successor())) {
                predecessors.computeIfAbsent(s.successor(), k -> new ArrayList<>()).add(s);
            }
        }
    }

    /** A filing organisation drawn by weight among those {@code which} accepts; {@code null} if none does. */
    private Span pick(Predicate<Span> which) {
        for (int tries = 0; tries < 400; tries++) {
            Span span = weighted.draw(random);
            if (which.test(span)) {
                return span;
            }
        }
        List<Span> fitting = spans.stream().filter(which).toList();
        return fitting.isEmpty() ? null : fitting.get(random.nextInt(fitting.size()));
    }

    /** Where the member is filed from which day: consecutive stays covering [start, end]. */
    private record Stay(Span org, LocalDate from) {
    }

    /**
     * Stays from {@code start} to {@code end} that finish in {@code last} (in force on {@code end}): from an older
     * cell when {@code last} is younger than the admission, or (sometimes) after a move between cells.
     */
    private List<Stay> stays(Span last, LocalDate start, LocalDate end) {
        List<Stay> stays = new ArrayList<>();
        LocalDate arrival;
        if (!last.from().isAfter(start)) {
            if (days(start, end) < 3 * 365 || random.nextInt(100) >= 18) {
                stays.add(new Stay(last, start));
                return stays;
            }
            arrival = start.plusDays(365 + random.nextLong(days(start, end) - 364));
        } else {
            arrival = min(last.from().plusDays(random.nextInt(46)), end);
        }
        List<Span> before = predecessors.getOrDefault(last.key(), List.of()).stream()
                .filter(p -> p.inForceOn(start)).toList();
        Span current = !before.isEmpty() && random.nextInt(10) < 9 ? before.get(random.nextInt(before.size()))
                : pick(s -> s != last && s.inForceOn(start));
        if (current == null) {
            stays.add(new Stay(last, max(start, last.from())));
            return stays;
        }
        LocalDate day = start;
        while (true) {
            stays.add(new Stay(current, day));
            if (current.to() == null || !current.to().isBefore(arrival)) {
                stays.add(new Stay(last, arrival));
                return stays;
            }
            LocalDate ended = current.to();
            if (!last.from().isAfter(ended)) {
                stays.add(new Stay(last, ended));
                return stays;
            }
            Span successor = current.successor() == null ? null : byKey.get(current.successor());
            Span from = current;
            current = successor != null && successor.inForceOn(ended) ? successor
                    : pick(s -> s != from && s != last && s.inForceOn(ended));
            if (current == null) {
                throw new IllegalStateException("no cell in force on " + ended + " in the demo plan");
            }
            day = ended;
        }
    }

    // ---- one member ----

    private PlannedMember member(People.Person person) {
        MemberRecord record = person.record();
        LocalDate born = person.bornOn();
        int age = (int) ChronoUnit.YEARS.between(born, today);
        boolean retired = age >= 62 || "Hưu trí".equals(record.occupation());
        List<LifeEvent> events = new ArrayList<>();
        Admission admission = admission(born);
        LocalDate ceremony = admission.ceremony();
        LocalDate conversion = admission.probationary() ? null : meeting(ceremony);
        Leaving leaving = leaving(age, born, ceremony, conversion, admission.probationary());
        LocalDate end = leaving == null ? today : leaving.on();
        if (conversion != null && (conversion.isAfter(end) || leaving != null && leaving.failedProbation())) {
            conversion = null;
        }
        // most members stay in the cell that admitted them, where it still exists
        Span last = random.nextInt(100) < 80 ? pick(s -> s.inForceOn(ceremony) && s.inForceOn(end)
                && (!retired || s.residential())) : null;
        if (last == null) {
            last = pick(s -> s.inForceOn(end) && (!retired || s.residential()));
        }
        if (last == null) {
            last = pick(s -> s.inForceOn(end));
        }
        List<Stay> stays = stays(last, ceremony, end);
        events.add(new LifeEvent(EventKind.ADMISSION, ceremony, (long) stays.getFirst().org().key(), admission.decision(),
                null, null, null, decisionRef(admission.decision()), null));
        for (Stay stay : stays.subList(1, stays.size())) {
            events.add(LifeEvent.to(EventKind.TRANSFER, stay.from(), stay.org().key()));
        }
        if (conversion != null) {
            events.add(conversion(conversion));
        }
        LocalDate settled = stays.getLast().from();
        LocalDate since = conversion != null && conversion.isAfter(settled) ? conversion : settled;
        extras(events, age, born, since, end, last, leaving == null);
        Span home = last;
        if (leaving != null) {
            events.add(leaving.event());
            if (leaving.readmittedOn() != null) {
                home = readmission(events, leaving.readmittedOn());
            }
        }
        events.sort(Comparator.comparing(LifeEvent::effectiveOn).thenComparingInt(MemberPlanner::order));
        MemberState state = replay(events);
        if (state == null) {
            // an unlucky combination of dates: keep the admission, the conversion and the moves only
            events.removeIf(e -> order(e) >= 3 && e.kind() != EventKind.READMISSION && !isLeaving(e));
            state = replay(events);
        }
        if (state == null) {
            throw new IllegalStateException("demo member history refused: " + events);
        }
        return new PlannedMember(withWork(record, state, home, retired), List.copyOf(events), state);
    }

    private MemberState replay(List<LifeEvent> events) {
        try {
            return lifecycle.replay(events, null);
        } catch (vn.tochuc.shared.DomainException e) {
            return null;
        }
    }

    private record Admission(LocalDate decision, LocalDate ceremony, boolean probationary) {
    }

    /**
     * About 3.5 % of members are probationary today (a few of them due within 30 days, since the ceremonies are
     * spread over the year), about 1 in 1,000 overdue for conversion; the others were admitted at 18–60, mostly
     * in their twenties, not before 1965. The decision is never before the month the person turns 18, the
     * youngest age at admission counted by month ({@link LifecycleRules#firstAdmissionDay}); people past 60 today
     * were seldom admitted in the last year (1 in 1,000 of them rather than 4.6 % of the others), so that the
     * clerk's list of admissions past 60 (rules §5.1) holds a handful of cases, as it would in a real province.
     */
    private Admission admission(LocalDate born) {
        LocalDate adult = born.plusYears(18).plusDays(1);
        LocalDate floor = max(max(adult, FIRST_ADMISSIONS), earliest);
        LocalDate lastConvertible = today.minusMonths(12).minusDays(45);
        int x = random.nextInt(1000);
        // admitted lately only rarely once past 60, which needs the province standing committee's consent
        int recently = RULES.pastAdmissionAge(born, today) ? 1 : 46;
        LocalDate ceremony;
        boolean probationary = false;
        if (x < recently || floor.isAfter(lastConvertible)) {
            probationary = true;
            LocalDate from = max(floor, today.minusMonths(12).plusDays(1));
            ceremony = from.isAfter(today) ? today : from.plusDays(random.nextLong(days(from, today) + 1));
        } else if (x == 46) {
            probationary = true;
            LocalDate from = max(floor, today.minusMonths(12).minusDays(90));
            LocalDate to = today.minusMonths(12).minusDays(1);
            ceremony = from.isAfter(to) ? to : from.plusDays(random.nextLong(days(from, to) + 1));
        } else {
            int[] band = ADMISSION_AGES.draw(random);
            LocalDate at = born.plusYears(band[0] + random.nextInt(band[1] - band[0] + 1)).plusDays(random.nextInt(365));
            // too young for the age drawn: admitted some day between coming of age and the last convertible day
            ceremony = at.isAfter(lastConvertible) ? between(floor, lastConvertible) : max(at, floor);
        }
        int wait = random.nextInt(100) < 3 ? 45 + random.nextInt(30) : 7 + random.nextInt(28);
        // the decision, not only the ceremony, falls in or after the month the person turns 18 (rules §5.1)
        return new Admission(max(ceremony.minusDays(wait), RULES.firstAdmissionDay(born)), ceremony, probationary);
    }

    private static final Weighted<int[]> ADMISSION_AGES = Weighted.pairs(new int[] {18, 22}, 15, new int[] {23, 27}, 32,
            new int[] {28, 32}, 25, new int[] {33, 40}, 19, new int[] {41, 50}, 7, new int[] {51, 59}, 2);

    /** The cell meets within a few weeks after probation ends, now and then much later. */
    private LocalDate meeting(LocalDate ceremony) {
        LocalDate due = ceremony.plus(RULES.probation());
        LocalDate meeting = due.plusDays(random.nextInt(100) < 6 ? 30 + random.nextInt(60) : random.nextInt(26));
        return min(meeting, today);
    }

    private LifeEvent conversion(LocalDate on) {
        int total = 5 + random.nextInt(30);
        int least = (total * RULES.conversionNumerator() + RULES.conversionDenominator() - 1)
                / RULES.conversionDenominator();
        int x = random.nextInt(100);
        int votes = x < 80 ? total : x < 95 ? Math.max(least, total - 1) : least + random.nextInt(total - least + 1);
        return new LifeEvent(EventKind.CONVERSION, on, null, null, votes, total, null, null, null);
    }

    private record Leaving(LifeEvent event, LocalDate on, LocalDate readmittedOn, boolean failedProbation) {

        Leaving(LifeEvent event, LocalDate on, LocalDate readmittedOn) {
            this(event, on, readmittedOn, false);
        }
    }

    /** How the person left the party before today, if they did. */
    private Leaving leaving(int age, LocalDate born, LocalDate ceremony, LocalDate conversion, boolean probationary) {
        int x = random.nextInt(10_000);
        LocalDate settled = conversion != null ? conversion : ceremony;
        if (probationary) {
            return null;
        }
        if (x < 40 && conversion != null) {
            // not converted: removed a month or two after probation ended (QĐ 24 Art. 5)
            LocalDate on = ceremony.plus(RULES.probation()).plusDays(30 + random.nextInt(40));
            return on.isAfter(today) ? null : new Leaving(LifeEvent.of(EventKind.REMOVAL, on), on, null, true);
        }
        int deathRisk = age >= 85 ? 3_000 : age >= 78 ? 1_800 : age >= 70 ? 900 : age >= 60 ? 300 : 30;
        if (x >= 100 && x < 100 + deathRisk) {
            LocalDate from = max(max(settled, born.plusYears(Math.max(50, age - 15))), today.minusYears(15));
            if (from.isAfter(today.minusDays(3))) {
                return null;
            }
            LocalDate on = between(from, today.minusDays(3));
            return new Leaving(LifeEvent.of(EventKind.DEATH, on), on, null);
        }
        if (x >= 9_700 && x < 9_870 && age < 60) {
            // moved to another province; the last few were sent recently and are not received yet
            boolean recent = x < 9_705;
            LocalDate on = recent ? today.minusDays(45 + random.nextInt(60)) : between(settled, today.minusYears(1));
            return on.isBefore(settled) || !recent && on.isAfter(today.minusYears(1)) ? null
                    : new Leaving(LifeEvent.of(EventKind.TRANSFER_OUT, on), on, null);
        }
        if (x >= 9_870 && x < 9_930) {
            LocalDate on = between(settled, today.minusDays(10));
            LocalDate back = x < 9_878 ? on.plus(RULES.readmissionWait()).plusMonths(random.nextInt(30)) : null;
            return new Leaving(LifeEvent.of(EventKind.REMOVAL, on), on, back != null && back.isBefore(today) ? back : null);
        }
        if (x >= 9_930 && x < 9_945) {
            LocalDate on = between(settled, today.minusDays(10));
            return new Leaving(LifeEvent.discipline(on, DisciplineForm.EXPULSION), on, null);
        }
        return null;
    }

    /** Exemption of the elderly, discipline, and temporary transfers, dated between {@code from} and {@code end}. */
    private void extras(List<LifeEvent> events, int age, LocalDate born, LocalDate from, LocalDate end, Span home,
            boolean stillMember) {
        if (!end.isAfter(from)) {
            return;
        }
        LocalDate elderly = max(from, born.plusYears(68));
        if (age >= 70 && elderly.isBefore(end) && random.nextInt(100) < 45) {
            events.add(LifeEvent.of(EventKind.EXEMPTION, between(elderly, end)));
        } else if (age >= 35 && age < 60 && random.nextInt(1000) < 4) {
            LocalDate sick = between(from, end);
            events.add(LifeEvent.of(EventKind.EXEMPTION, sick));
            LocalDate back = sick.plusMonths(6 + random.nextInt(12));
            if (back.isBefore(end)) {
                events.add(LifeEvent.of(EventKind.EXEMPTION_END, back));
            }
        }
        int d = random.nextInt(1000);
        if (d < 12) {
            DisciplineForm form = d < 8 ? DisciplineForm.REPRIMAND : d < 11 ? DisciplineForm.WARNING
                    : DisciplineForm.DISMISSAL;
            events.add(LifeEvent.discipline(between(from, end), form));
        }
        if (stillMember && age < 55 && random.nextInt(1000) < 15) {
            LocalDate away = between(max(from, today.minusYears(3)), today.minusDays(1));
            Span host = pick(s -> s != home && s.inForceOn(away) && s.to() == null);
            if (host != null) {
                events.add(LifeEvent.to(EventKind.TEMPORARY_TRANSFER, away, host.key()));
                LocalDate back = away.plusMonths(3 + random.nextInt(12));
                if (random.nextInt(100) < 40 && back.isBefore(today)) {
                    events.add(LifeEvent.of(EventKind.TEMPORARY_RETURN, back));
                }
            }
        }
    }

    /** Re-admitted (once) at least 36 months after leaving, with a new probation. */
    private Span readmission(List<LifeEvent> events, LocalDate on) {
        Span org = pick(s -> s.inForceOn(on) && s.to() == null);
        events.add(new LifeEvent(EventKind.READMISSION, on, (long) org.key(), on.minusDays(10 + random.nextInt(20)),
                null, null, null, decisionRef(on), null));
        LocalDate due = on.plus(RULES.probation());
        if (due.plusDays(30).isBefore(today)) {
            events.add(conversion(due.plusDays(random.nextInt(25))));
        }
        return org;
    }

    private String decisionRef(LocalDate on) {
        return (1 + random.nextInt(480)) + "-QĐ/" + (on.isBefore(ProvincePlanner.REFORM) ? "HU" : "ĐU");
    }

    /** Cards are issued once a member is official; the occupation follows the cell a working member is in. */
    private MemberRecord withWork(MemberRecord r, MemberState state, Span home, boolean retired) {
        String card = state.officialOn() == null ? null : r.cardNumber();
        String occupation = retired ? r.occupation() : occupationIn(home, r.occupation());
        return new MemberRecord(r.fullName(), r.sex(), r.birthDate(), r.birthYearOnly(), r.birthPlace(), r.homeTown(),
                r.ethnicity(), r.religion(), r.citizenId(), r.generalEducation(), r.qualification(), r.academicTitle(),
                r.academicDegree(), r.politicalTheory(), occupation, card, r.dossierNumber());
    }

    private static String occupationIn(Span home, String drawn) {
        String name = home.name();
        if (home.residential()) {
            return List.of("Nông, lâm nghiệp", "Cán bộ, công chức cấp xã", "Người hoạt động không chuyên trách ở thôn, bản",
                    "Kinh doanh cá thể", "Lao động tự do", "Học sinh, sinh viên").contains(drawn) ? drawn
                    : "Nông, lâm nghiệp";
        }
        if (name.contains("Trường") || name.contains("Tổ ") || name.contains("Y tế") || name.contains("Khoa ")
                || name.contains("Bệnh viện")) {
            return "Viên chức (giáo dục, y tế)";
        }
        if (name.contains("Công an") || name.contains("Quân sự") || name.contains("Biên phòng")
                || name.contains("Đại đội") || name.contains("Cảnh sát") || name.contains("Tiểu đoàn")) {
            return "Lực lượng vũ trang";
        }
        if (name.contains("Công ty") || name.contains("Đội ") || name.contains("Xưởng") || name.contains("Nhà máy")
                || name.contains("Phân xưởng") || name.contains("Kho vận")) {
            return "Công nhân, lao động trong doanh nghiệp";
        }
        return "Công chức";
    }

    // ---- helpers ----

    /** Same-day events in life-cycle order: admission, conversion, moves, the rest, leaving last. */
    private static int order(LifeEvent e) {
        return switch (e.kind()) {
            case ADMISSION, READMISSION -> 0;
            case CONVERSION, CONVERSION_ON_RECORD -> 1;
            case TRANSFER, TRANSFER_IN -> 2;
            case TEMPORARY_TRANSFER -> 3;
            case EXEMPTION, DISCIPLINE -> e.discipline() == DisciplineForm.EXPULSION ? 9 : 4;
            case TEMPORARY_RETURN, EXEMPTION_END -> 5;
            case REMOVAL, DEATH, TRANSFER_OUT -> 9;
        };
    }

    private static boolean isLeaving(LifeEvent e) {
        return order(e) == 9;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return to.isAfter(from) ? from.plusDays(random.nextLong(days(from, to) + 1)) : from;
    }

    private static long days(LocalDate from, LocalDate to) {
        return to.toEpochDay() - from.toEpochDay();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Where Sơn Lâm's people were born: the communes as they were named before 01/07/2025. */
    static List<String> places() {
        List<String> places = new ArrayList<>();
        for (Geography.District d : Geography.DISTRICTS) {
            String district = d.name().startsWith("thị xã") ? "thị xã Sơn Lâm" : d.name();
            for (String commune : d.communes()) {
                places.add(commune + ", " + district + ", tỉnh Sơn Lâm");
            }
        }
        return places;
    }
}
