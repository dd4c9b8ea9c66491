package vn.tochuc.election.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.election.ElectionFixture;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.web.Browser;
import vn.tochuc.election.documents.PdfText;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A counting board at work in a real browser: two operators enter the same 20 ballots by keyboard, one
 * ballot is read differently, the head resolves it against the paper, publishes, and the result shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tochuc.demo.enabled=false")
@ContextConfiguration(initializers = PostgresTest.Database.class)
@Import({PostgresTest.CleanOnceThenMigrate.class, TestOrganizations.class, TestUsers.class, ElectionFixture.class})
class CountingBrowserTest {

    static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
            "Hoàng Văn Em");

    @LocalServerPort
    int port;
    @Autowired
    ElectionFixture fixture;

    @Test
    void twoOperatorsEnterTwentyBallotsOneMismatchIsResolvedAndTheResultIsPublished() throws Exception {
        // D = 30 − 6 = 24: elected with at least 13 votes (QĐ 244-QĐ/TW Điều 32)
        var e = fixture.opened(ElectionKind.EXECUTIVE_COMMITTEE, 4, NAMES, 30, 20, 2);
        String[] ballots = new String[20];
        Random random = new Random(20);
        for (int i = 0; i < 20; i++) {
            ballots[i] = i % 4 == 0 ? "5" : String.valueOf(1 + random.nextInt(5));
        }
        try (Browser browser = new Browser(port)) {
            enterAll(browser, e.operators().get(0), e.election(), ballots, -1);
            browser.logOut();
            enterAll(browser, e.operators().get(1), e.election(), ballots, 7);
            browser.logOut();

            browser.logIn(e.head().username(), TestUsers.PASSWORD);
            browser.open("/elections/" + e.election() + "/reconcile");
            assertThat(browser.text()).contains("Tổng 20 phiếu: 19 khớp, 0 đã quyết định, 1 chênh lệch");
            WebElement mismatch = browser.waitFor(By.id("mismatch-7"));
            assertThat(mismatch.getText()).contains("Lượt 1", "Lượt 2");
            browser.type("resolve-keys-7", ballots[6]);
            browser.type("resolve-reason-7", "Đối chiếu phiếu giấy số 7");
            browser.clickThrough(By.id("resolve-7"), false);
            assertThat(browser.text()).contains("1 đã quyết định, 0 chênh lệch");
            browser.clickThrough(By.id("publish"), true);
            assertThat(browser.waitFor(By.id("done")).getText()).contains("Đã công bố kết quả");
            assertThat(browser.waitFor(By.id("result-table")).getText()).contains("Trúng cử", "Nguyễn Văn An");
            assertThat(browser.text()).contains("Mẫu số D", "24");
            List<String> elected = browser.driver().findElements(By.xpath("//table[@id='result-table']//tr[td/strong]/td[2]"))
                    .stream().map(WebElement::getText).toList();
            assertThat(elected).isNotEmpty();

            browser.open("/elections/" + e.election());
            String href = browser.waitFor(By.id("minutes-pdf")).getAttribute("href");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(PdfText.of(pdf.body()).flat()).contains(elected).contains("BIÊN BẢN");
        }
    }

    private static void enterAll(Browser browser, SignedInUser operator, long election, String[] ballots, int misread) {
        browser.logIn(operator.username(), TestUsers.PASSWORD);
        browser.open("/elections/" + election + "/entry");
        for (int i = 0; i < ballots.length; i++) {
            int number = i + 1;
            WebElement ballotNo = browser.waitFor(By.id("ballotNo"));
            assertThat(ballotNo.getAttribute("value")).isEqualTo(String.valueOf(number));
            String keys = number == misread ? other(ballots[i]) : ballots[i];
            WebElement field = browser.driver().findElement(By.id("keys"));
            field.sendKeys(keys + Keys.ENTER);
            browser.waitFor(By.xpath("//div[@id='readback']/strong[contains(., 'phiếu số " + number + " ')]"));
        }
        assertThat(browser.text()).contains("Lượt này đã nhập 20/20 phiếu.");
    }

    private static String other(String keys) {
        return keys.equals("1") ? "2" : "1";
    }
}
