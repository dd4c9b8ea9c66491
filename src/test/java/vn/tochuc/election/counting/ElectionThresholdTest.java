package vn.tochuc.election.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ElectionThresholdTest {

    @Test
    void candidateWithExactlyHalfIsNotElected() {
        // Điều lệ Đảng Điều 12 khoản 3; worked example: chi bộ of 11 official members, 1 absent with leave
        var threshold = new ElectionThreshold(10);
        assertThat(threshold.isMetBy(5)).isFalse();
        assertThat(threshold.isMetBy(6)).isTrue();
        assertThat(threshold.minimumVotes()).isEqualTo(6);
    }

    @Test
    void oddDenominatorNeedsTheNextWholeVote() {
        // QĐ 244-QĐ/TW Điều 32 khoản 2: more than 5.5 of 11 is 6
        var threshold = new ElectionThreshold(11);
        assertThat(threshold.minimumVotes()).isEqualTo(6);
        assertThat(threshold.isMetBy(5)).isFalse();
    }

    @Test
    void congressOf224NeedsAtLeast113() {
        // QĐ 244-QĐ/TW Điều 32 khoản 2 (giữ nguyên trong QĐ 190)
        assertThat(new ElectionThreshold(224).minimumVotes()).isEqualTo(113);
        assertThat(new ElectionThreshold(224).isMetBy(112)).isFalse();
    }

    @Test
    void denominatorOfOneNeedsOneVote() {
        // Điều lệ Đảng Điều 12 khoản 3: more than 0.5
        assertThat(new ElectionThreshold(1).minimumVotes()).isEqualTo(1);
    }

    @Test
    void nonPositiveDenominatorIsRejected() {
        // Điều lệ Đảng Điều 12 khoản 3
        assertThatThrownBy(() -> new ElectionThreshold(0)).isInstanceOf(InvalidTally.class);
    }
}
