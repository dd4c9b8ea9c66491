package vn.tochuc.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.Function;
import vn.tochuc.demo.People;
import vn.tochuc.membership.DisciplineForm;
import vn.tochuc.membership.EventKind;
import vn.tochuc.membership.LifeEvent;
import vn.tochuc.membership.LifecycleRules;
import vn.tochuc.membership.MemberHistories.History;
import vn.tochuc.membership.MemberRecord;
import vn.tochuc.membership.internal.CitizenIds;

/**
 * Generates party members for the national bench tree ({@link NationalTree}) as whole histories, spread over the
 * cells (CELL and GRASSROOTS_CELL) of every province, deterministically from a seed. The people (names with the
 * population's surname frequencies, sex, ethnic mix, ages, citizen IDs, education, occupation) come from the
 * demo's {@link People} with the national settings, one draw per province with its citizen-ID province code;
 * the life histories are drawn here against the national tree:
 * <ul>
 * <li>admissions from 1965 to today, more in recent decades, at 18 or older (the decision in or after the month
 * the person turns 18, counted by month as {@link LifecycleRules} does) and never before the cell was founded;
 * about 2.5 % still probationary (ceremony in the last twelve months), everyone else converted at ceremony + 12
 * months with two-thirds votes;</li>
 * <li>about 12 % transferred once between cells of the province, 1 % on temporary transfer, older members
 * exempted, 1 % disciplined, 4 % deceased, 0.7 % removed, 0.8 % transferred out of the system;</li>
 * <li>cells of uneven size (a few to about fifty members), provinces of uneven size (their number of cells).</li>
 * </ul>
 * Every organisation a history names existed on the event's day, as {@code MemberHistories} requires. Citizen IDs
 * stay unique across provinces: a repeated one is dropped, as on a record without an ID.
 */
final class NationalMembers {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate FIRST_ADMISSION = LocalDate.of(1965, 1, 1);
    private static final LifecycleRules RULES = LifecycleRules.DEFAULT;

    /** Citizen ID province codes (TT 07/2016/TT-BCA, Phụ lục I), one per bench province in turn. */
    private static final String[] ID_PROVINCES = {"001", "046", "012", "011", "014", "020", "022", "038", "040",
        "042", "004", "008", "010", "019", "025", "027", "033", "031", "037", "045", "048", "051", "064", "056",
        "068", "066", "079", "075", "072", "092", "086", "087", "096", "089"};
    private static final List<String> PLACES = List.of("xã Tân Hòa", "xã An Bình", "phường Hưng Long",
            "xã Phú Thịnh", "thị trấn Minh Đức", "xã Yên Sơn", "phường Quang Trung", "xã Vĩnh Lộc");

    /** A cell that can hold members: where it sits and since when. */
    record Cell(long id, LocalDate founded, int province) {
    }

    private final String idProvince;
    private final CitizenIds citizenIds = new CitizenIds();

    /**
     * @param idProvince when given, the province digits every citizen ID gets instead of the drawn ones (a second
     *        load into a database that already holds the national membership uses one no province has)
     */
    NationalMembers(String idProvince) {
        this.idProvince = idProvince;
    }

    /** The cells under {@code rootPath} today, grouped by province (in id order), with founding dates. */
    static Map<Long, List<Cell>> cellsByProvince(Connection c, String rootPath) throws SQLException {
        Map<Long, List<Cell>> provinces = new LinkedHashMap<>();
        int rootDepth = rootPath.split("/").length - 1;
        try (PreparedStatement st = c.prepareStatement("""
                SELECT v.organization_id, o.founded_on, v.path FROM organization_version v
                  JOIN party_organization o ON o.id = v.organization_id
                 WHERE v.path LIKE ? AND v.valid_to IS NULL AND v.type IN ('CELL', 'GRASSROOTS_CELL')
                 ORDER BY v.organization_id""")) {
            st.setString(1, rootPath + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long province = Long.parseLong(rs.getString(3).split("/")[rootDepth + 1]);
                    int index = provinces.containsKey(province) ? provinces.get(province).getFirst().province()
                            : provinces.size();
                    provinces.computeIfAbsent(province, k -> new ArrayList<>())
                            .add(new Cell(rs.getLong(1), rs.getObject(2, LocalDate.class), index));
                }
            }
        }
        return provinces;
    }

    /**
     * About {@code total} members spread over the cells of one province (uneven cell sizes from {@code seed}),
     * generated as they are read: nothing is held but the current member.
     */
    Iterator<History> members(List<Cell> cells, long total, long seed) {
        Random sizes = new Random(seed);
        double[] weights = new double[cells.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = sizes.nextDouble();
            weights[i] = 0.25 + 2.5 * w * w;
            sum += weights[i];
        }
        double scale = total / sum;
        Random random = new Random(seed * 31 + 7);
        People people = new People(seed, People.Settings.national(TODAY,
                ID_PROVINCES[cells.getFirst().province() % ID_PROVINCES.length], PLACES));
        return new Iterator<>() {
            int cell = -1;
            int left;

            @Override
            public boolean hasNext() {
                while (left == 0 && cell + 1 < cells.size()) {
                    cell++;
                    left = (int) Math.round(weights[cell] * scale);
                }
                return left > 0;
            }

            @Override
            public History next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                History member;
                do {
                    member = member(random, people.next(), cells, cell);
                } while (member == null);
                left--;
                return member;
            }
        };
    }

    /** A history for {@code person} in the {@code index}-th cell, or null when the person is too young for it. */
    private History member(Random r, People.Person person, List<Cell> cells, int index) {
        Cell home = cells.get(index);
        LocalDate born = person.bornOn();
        LocalDate earliest = max(max(born.plusYears(18), home.founded().plusDays(1)), FIRST_ADMISSION);
        LocalDate latest = TODAY.minusDays(400);
        boolean probationary = r.nextInt(1000) < 25 || earliest.isAfter(latest);
        LocalDate ceremony;
        if (probationary) {
            ceremony = max(earliest, TODAY.minusDays(1 + r.nextInt(360)));
            if (!ceremony.isBefore(TODAY)) {
                return null;
            }
        } else {
            // more admissions in recent decades: the square root pushes the draw towards the later end
            long span = latest.toEpochDay() - earliest.toEpochDay();
            ceremony = earliest.plusDays((long) (Math.sqrt(r.nextDouble()) * span));
        }
        Cell first = home;
        boolean transferred = !probationary && r.nextInt(100) < 12;
        if (transferred) {
            Cell other = cells.get(Math.max(0, Math.min(cells.size() - 1, index + r.nextInt(201) - 100)));
            transferred = other.id() != home.id() && other.founded().isBefore(ceremony);
            first = transferred ? other : home;
        }
        List<LifeEvent> events = new ArrayList<>(6);
        // decided no earlier than the month the person turns 18, as MemberHistories requires (rules §5.1)
        LocalDate decision = max(ceremony.minusDays(5 + r.nextInt(35)), RULES.firstAdmissionDay(born));
        String decisionRef = (100 + r.nextInt(900)) + "-QĐ/ĐU";
        events.add(new LifeEvent(EventKind.ADMISSION, ceremony, first.id(), decision, null, null, null, decisionRef,
                null));
        if (probationary) {
            return history(person, events);
        }
        LocalDate day = ceremony.plusYears(1).plusDays(r.nextInt(45));
        if (day.isAfter(TODAY)) {
            return history(person, events);
        }
        int voters = 5 + r.nextInt(25);
        events.add(LifeEvent.conversion(day, voters - r.nextInt(voters / 3 + 1), voters));
        if (transferred) {
            LocalDate moved = later(r, max(day, home.founded()), 3000);
            if (moved == null) {
                events.set(0, new LifeEvent(EventKind.ADMISSION, ceremony, home.id(), decision, null, null, null,
                        decisionRef, null));
            } else {
                events.add(LifeEvent.to(EventKind.TRANSFER, moved, home.id()));
                day = moved;
            }
        }
        int fate = r.nextInt(1000);
        if (fate < 10) {
            day = add(events, r, day, 2000, on -> LifeEvent.discipline(on, r.nextBoolean()
                    ? DisciplineForm.REPRIMAND : DisciplineForm.WARNING));
        } else if (fate < 20) {
            Cell host = cells.get(Math.min(cells.size() - 1, index + 1 + r.nextInt(50)));
            if (host.id() != home.id()) {
                day = add(events, r, max(day, host.founded()), 700,
                        on -> LifeEvent.to(EventKind.TEMPORARY_TRANSFER, on, host.id()));
            }
        }
        if (born.getYear() < 1956 && r.nextInt(100) < 25) {
            day = add(events, r, max(day, born.plusYears(70)), 1500, on -> LifeEvent.of(EventKind.EXEMPTION, on));
        }
        if (fate >= 20 && fate < 60) {
            add(events, r, max(day, born.plusYears(55)), 8000, on -> LifeEvent.of(EventKind.DEATH, on));
        } else if (fate >= 60 && fate < 67) {
            add(events, r, day, 4000, on -> LifeEvent.of(EventKind.REMOVAL, on));
        } else if (fate >= 67 && fate < 75) {
            add(events, r, day, 4000, on -> LifeEvent.of(EventKind.TRANSFER_OUT, on));
        }
        return history(person, events);
    }

    private History history(People.Person person, List<LifeEvent> events) {
        MemberRecord r = person.record();
        String citizenId = r.citizenId();
        if (citizenId != null && idProvince != null) {
            citizenId = idProvince + citizenId.substring(3);
        }
        if (citizenId != null && !citizenIds.add(citizenId)) {
            citizenId = null;
        }
        MemberRecord record = new MemberRecord(r.fullName(), r.sex(), r.birthDate(), r.birthYearOnly(),
                r.birthPlace(), r.homeTown(), r.ethnicity(), r.religion(), citizenId, r.generalEducation(),
                r.qualification(), r.academicTitle(), r.academicDegree(), r.politicalTheory(), r.occupation(),
                r.cardNumber(), r.dossierNumber());
        return new History(record, events);
    }

    private static LocalDate later(Random r, LocalDate from, int spread) {
        LocalDate day = from.plusDays(1 + r.nextInt(spread));
        return day.isAfter(TODAY) ? null : day;
    }

    /** Adds the event on a day after {@code from} unless that day is still to come; the last event's day. */
    private static LocalDate add(List<LifeEvent> events, Random r, LocalDate from, int spread,
            Function<LocalDate, LifeEvent> event) {
        LocalDate day = later(r, from, spread);
        if (day == null) {
            return from;
        }
        events.add(event.apply(day));
        return day;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
