package vn.tochuc.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.TestUsers;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.documents.PaperSize;
import vn.tochuc.election.documents.PdfText;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;

/** Ballot papers and minutes come from the election's own data. */
@PostgresTest
@Import(ElectionFixture.class)
class ElectionDocumentsTests {

    static final List<String> NAMES = List.of("Nguyễn Thị Ngọc Ánh", "Đỗ Văn Bảy", "Lường Thị Chiên", "Quàng Văn Dũng");

    @Autowired
    ElectionFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    ElectionDocuments documents;
    @Autowired
    Counting counting;
    @Autowired
    ElectionResults results;
    @Autowired
    Elections elections;

    @Test
    void ballotPapersCarryTheFixedListInPrintedOrder() {
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 3, NAMES, 20, 4, 2);
        String text = PdfText.of(TestUsers.as(e.staff(), () -> documents.ballots(e.election(), PaperSize.A5, 2))).flat();
        assertThat(text).contains(NAMES).contains("PHIẾU BẦU");
    }

    @Test
    void onlyTheOrganisingStaffAndTheBoardPrintBallotPapers() {
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 3, NAMES, 20, 4, 2);
        assertThat(TestUsers.as(e.head(), () -> documents.ballots(e.election(), PaperSize.A4, 4))).isNotEmpty();
        SignedInUser clerk = users.create(Role.CLERK, e.organization());
        assertThatThrownBy(() -> TestUsers.as(clerk, () -> documents.ballots(e.election(), PaperSize.A4, 4)))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void noBallotPaperBeforeTheListIsFixedAndNoMinutesBeforePublication() {
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 3, NAMES, 20, 4, 2);
        long draft = TestUsers.as(e.staff(), () -> elections.define(new Elections.NewElection(e.congress(),
                ElectionKind.INSPECTION_COMMITTEE, 3, false, null, 2, false)));
        assertThatThrownBy(() -> TestUsers.as(e.staff(), () -> documents.ballots(draft, PaperSize.A4, 1)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("key", "election.error.listNotFixed");
        assertThatThrownBy(() -> TestUsers.as(e.staff(), () -> documents.minutes(e.election())))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theMinutesShowTheDenominatorTheElectedAndTheEntryLogHash() {
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 3, NAMES, 20, 9, 2);
        for (var op : e.operators()) {
            for (int b = 1; b <= 9; b++) {
                int n = b;
                TestUsers.as(op, () -> counting.record(e.election(), n, "4"));
            }
        }
        TestUsers.as(e.head(), () -> results.publish(e.election()));
        String hash = TestUsers.as(e.head(), () -> counting.log(e.election())).finalHash();
        String text = PdfText.of(TestUsers.as(e.staff(), () -> documents.minutes(e.election()))).flat();
        assertThat(text).contains("Nguyễn Thị Ngọc Ánh", "Đỗ Văn Bảy", "Lường Thị Chiên", "14", "Hoàng Văn Trưởng")
                .contains(hash.substring(0, 16));
    }
}
