package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberColumnTest {

    @Test
    void headersAreRecognisedWithoutAccentsCaseOrExtraSpaces() {
        assertThat(MemberColumn.ofHeader("  ho va  TEN ")).contains(MemberColumn.FULL_NAME);
        assertThat(MemberColumn.ofHeader("Ngày kết nạp")).contains(MemberColumn.CEREMONY_DATE);
        assertThat(MemberColumn.ofHeader("Số định danh cá nhân")).contains(MemberColumn.CITIZEN_ID);
        assertThat(MemberColumn.ofHeader("Ngày kết")).isEmpty();
        assertThat(MemberColumn.ofHeader(null)).isEmpty();
    }

    @Test
    void sensitiveColumnsAreLeftOutForThoseWhoMayNotReadThem() {
        assertThat(MemberColumn.inOrder(false)).doesNotContain(MemberColumn.ETHNICITY, MemberColumn.RELIGION,
                MemberColumn.CITIZEN_ID).contains(MemberColumn.FULL_NAME);
        assertThat(MemberColumn.inOrder(true)).hasSize(MemberColumn.values().length);
    }
}
