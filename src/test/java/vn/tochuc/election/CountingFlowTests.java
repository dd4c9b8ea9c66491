package vn.tochuc.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.TestUsers;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.counting.TallyResult;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;

/** The counting board's work end to end on PostgreSQL: two passes, a mismatch, publication, immutability. */
@PostgresTest
@Import(ElectionFixture.class)
class CountingFlowTests {

    static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung");

    @Autowired
    ElectionFixture fixture;
    @Autowired
    Counting counting;
    @Autowired
    ElectionResults results;
    @Autowired
    Elections elections;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoPassesReconcileAMismatchIsResolvedAndThePublishedResultNeverChanges() {
        // members' congress: 20 convened − 2 temporary transfers − 4 absent with approval: D = 14, elected with ≥ 8
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 3, NAMES, 20, 10, 2);
        String[] ballots = {"4", "4", "4", "3", "3", "4", "1", "2", "4", "x1"};
        for (int b = 1; b <= 10; b++) {
            int n = b;
            TestUsers.as(e.operators().get(0), () -> counting.record(e.election(), n, ballots[n - 1]));
            TestUsers.as(e.operators().get(1), () -> counting.record(e.election(), n, n == 7 ? "2" : ballots[n - 1]));
        }
        List<BallotState> states = TestUsers.as(e.head(), () -> counting.reconciliation(e.election()));
        assertThat(states).filteredOn(s -> s.status() == BallotState.Status.MISMATCH).extracting(BallotState::ballotNo)
                .containsExactly(7);
        assertThatThrownBy(() -> TestUsers.as(e.head(), () -> results.publish(e.election())))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("key", "election.error.notReconciled");

        TestUsers.as(e.head(), () -> counting.resolve(e.election(), 7, "1", "Đối chiếu phiếu giấy: gạch tên số 1"));
        TallyResult result = TestUsers.as(e.head(), () -> results.publish(e.election()));

        // 9 valid ballots, each striking one name: An struck on 7 → 8, Bình on 8 → 8, Cường on 4, 5 → 7,
        // Dung on 1, 2, 3, 6, 9 → 4; threshold ⌊14/2⌋ + 1 = 8 (QĐ 244-QĐ/TW Điều 32): An and Bình elected
        assertThat(result.denominator()).isEqualTo(14);
        assertThat(result.threshold()).isEqualTo(8);
        assertThat(result.ballots().invalid()).isEqualTo(1);
        assertThat(result.elected()).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(result.unfilledSeats()).isEqualTo(1);

        assertThatThrownBy(() -> TestUsers.as(e.operators().get(0), () -> counting.record(e.election(), 1, "1")))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("key", "election.error.status");
        assertThat(TestUsers.as(e.outsider(), () -> results.published(e.election()))).contains(result);
        assertThat(TestUsers.as(e.head(), () -> counting.log(e.election())).firstBrokenSeq()).isEqualTo(-1);
    }

    @Test
    void aCongressElectingManyIsPublishedAndItsAuditLineCountsTheElected() {
        // 45 elected with long names would not fit the audit line (2,000 characters); D = 8 − 6 = 2, so the
        // two ballots keeping the first 45 of 50 names elect them all
        List<String> names = java.util.stream.IntStream.rangeClosed(1, 50)
                .mapToObj(i -> "Hoàng Thị Ứng Cử Viên Có Họ Tên Rất Dài Số " + (100 + i)).toList();
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 45, names, 8, 2, 2);
        for (var op : e.operators()) {
            for (int b = 1; b <= 2; b++) {
                int n = b;
                TestUsers.as(op, () -> counting.record(e.election(), n, "46 47 48 49 50"));
            }
        }
        TallyResult result = TestUsers.as(e.head(), () -> results.publish(e.election()));

        assertThat(result.elected()).hasSize(45);
        assertThat(jdbc.sql("""
                SELECT summary FROM audit_record WHERE action = 'ELECTION_RESULT_PUBLISHED' AND entity_id = :id""")
                .param("id", Long.toString(e.election())).query(String.class).single())
                .isEqualTo("Công bố kết quả bầu Ban Chấp hành: trúng cử 45 người (danh sách đầy đủ trong kết quả đã công bố)");
    }

    @Test
    void anOperatorNeedsAnAccountThatCanSeeTheCongress() {
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 3, NAMES, 20, 2, 2);
        long draft = TestUsers.as(e.staff(), () -> elections.define(new Elections.NewElection(e.congress(),
                ElectionKind.INSPECTION_COMMITTEE, 3, false, null, 2, false)));
        assertThatThrownBy(() -> TestUsers.as(e.staff(), () -> elections.addBoardMember(draft, "Người Ngoài",
                BoardRole.TECHNICIAN, "khong-co-tai-khoan-nay", 1)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("key", "election.error.boardAccountScope");
    }

    @Test
    void onlyTheBoardEntersAndSeesBallots() {
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 3, NAMES, 20, 2, 2);
        assertThatThrownBy(() -> TestUsers.as(e.staff(), () -> counting.record(e.election(), 1, "1")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> TestUsers.as(e.staff(), () -> counting.reconciliation(e.election())))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> TestUsers.as(e.operators().get(0), () -> counting.resolve(e.election(), 1, "1", "lý do")))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void aTypingMistakeIsRefusedWithItsReasonAndNothingIsLogged() {
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 3, NAMES, 20, 2, 2);
        assertThatThrownBy(() -> TestUsers.as(e.operators().get(0), () -> counting.record(e.election(), 1, "2 9")))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("key", "election.error.keys.range");
        assertThatThrownBy(() -> TestUsers.as(e.operators().get(0), () -> counting.record(e.election(), 3, "2")))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("key", "election.error.ballotNo");
        assertThat(TestUsers.as(e.head(), () -> counting.log(e.election())).rows()).isEmpty();
    }

    @Test
    void aCorrectionVoidsTheEarlierEntryAndTheReadbackSaysWhatWasKept() {
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 3, NAMES, 20, 1, 2);
        EntryReceipt first = TestUsers.as(e.operators().get(0), () -> counting.record(e.election(), 1, ""));
        assertThat(first.validity()).isEqualTo("Phiếu không hợp lệ: bầu quá số lượng cần bầu.");
        EntryReceipt second = TestUsers.as(e.operators().get(0), () -> counting.record(e.election(), 1, "2"));
        assertThat(second.correction()).isTrue();
        assertThat(second.readBack()).isEqualTo("Gạch tên: 2. Trần Thị Bình. Giữ lại 3 tên.");
        assertThat(second.validity()).isEqualTo("Phiếu hợp lệ.");
        var log = TestUsers.as(e.head(), () -> counting.log(e.election()));
        assertThat(log.rows()).extracting(EntryLog.Row::kind).containsExactly("ENTRY", "CORRECTION");
    }

    @Test
    void theEntryLogCannotBeAlteredInPostgres() {
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 3, NAMES, 20, 1, 2);
        TestUsers.as(e.operators().get(0), () -> counting.record(e.election(), 1, "1"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE ballot_entry SET content = 'S:2' WHERE election_id = :e")
                .param("e", e.election()).update()).hasMessageContaining("append-only");
    }

    @Test
    void theCellSecretaryIsElectedFromTheCellCommittee() {
        // QĐ 294-QĐ/TW: "bầu chi ủy trước, sau đó bầu bí thư, bầu một phó bí thư trong số chi ủy viên"
        var e = fixture.opened(ElectionKind.CELL_COMMITTEE, 3, NAMES, 20, 9, 2);
        for (var op : e.operators()) {
            for (int b = 1; b <= 9; b++) {
                int n = b;
                TestUsers.as(op, () -> counting.record(e.election(), n, "4"));   // An, Bình, Cường: 9 ≥ 8
            }
        }
        TestUsers.as(e.head(), () -> results.publish(e.election()));
        long secretary = TestUsers.as(e.staff(), () -> {
            long id = elections.define(new Elections.NewElection(e.congress(), ElectionKind.CELL_SECRETARY, 1, false,
                    null, 2, false));
            elections.addCandidate(id, "Phạm Thị Dung", CandidateRoute.COMMITTEE_LIST, null, true);
            elections.addCandidate(id, "Nguyễn Văn An", CandidateRoute.COMMITTEE_LIST, null, true);
            return id;
        });
        assertThat(TestUsers.as(e.staff(), () -> elections.check(secretary))).extracting(ListIssue::key)
                .contains("election.issue.notOnCellCommittee")
                .filteredOn(k -> k.equals("election.issue.notOnCellCommittee")).hasSize(1);
    }

    @Test
    void aShortfallStartsAnotherRoundWithTheNamesNotElected() {
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 3, NAMES, 20, 1, 2);
        for (var op : e.operators()) {
            TestUsers.as(op, () -> counting.record(e.election(), 1, "4"));
        }
        TestUsers.as(e.head(), () -> results.publish(e.election()));
        long next = TestUsers.as(e.staff(), () -> results.nextRound(e.election(), List.of("Vũ Thị Én")));
        ElectionView round2 = TestUsers.as(e.staff(), () -> elections.get(next));
        assertThat(round2.round()).isEqualTo(2);
        assertThat(round2.seats()).isEqualTo(3);
        assertThat(TestUsers.as(e.staff(), () -> elections.ballotNames(next)))
                .containsExactlyInAnyOrder("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Vũ Thị Én");
    }
}
