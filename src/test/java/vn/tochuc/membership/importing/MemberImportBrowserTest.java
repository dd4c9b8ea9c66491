package vn.tochuc.membership.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.access.TestUsers;
import vn.tochuc.membership.Members;
import vn.tochuc.membership.Sex;
import vn.tochuc.membership.TestMembers;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.web.Browser;

/** A clerk in a real browser: searching with and without diacritics, and importing a filled-in template. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tochuc.demo.enabled=false")
@ContextConfiguration(initializers = PostgresTest.Database.class)
@Import({PostgresTest.CleanOnceThenMigrate.class, TestOrganizations.class, TestUsers.class})
class MemberImportBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestOrganizations build;
    @Autowired
    TestUsers users;
    @Autowired
    Members members;
    @Autowired
    Organizations organizations;

    @Test
    void searchFindsTheSamePersonWithAndWithoutDiacritics() throws Exception {
        long commune = build.found(build.province(), OrganizationType.COMMUNE, "Đảng bộ xã Tìm Kiếm " + TestOrganizations.next());
        long cell = build.found(commune, OrganizationType.GRASSROOTS_CELL, "Chi bộ thôn Bản Hon " + TestOrganizations.next());
        SignedInUser clerk = users.create(Role.CLERK, commune);
        String given = "Thoa" + (char) ('a' + TestOrganizations.next() % 26);
        TestMembers.admit(members, clerk, cell, TestMembers.record("Đặng Thị Hồng " + given, Sex.FEMALE, 1988));
        try (Browser browser = new Browser(port)) {
            browser.logIn(clerk.username(), TestUsers.PASSWORD);
            for (String query : new String[] {"dang thi hong " + given.toLowerCase(), "Đặng Thị Hồng " + given, "hong " + given}) {
                browser.open("/members");
                browser.type("q", query);
                browser.clickThrough(By.id("search-members"), false);
                browser.waitForText(By.id("results"), "Đặng Thị Hồng " + given);
            }
        }
    }

    @Test
    void aTemplateWithTwoBadRowsIsReportedThenFixedAndImported() throws Exception {
        long commune = build.found(build.province(), OrganizationType.COMMUNE, "Đảng bộ xã Nhập Tệp " + TestOrganizations.next());
        long cell = build.found(commune, OrganizationType.GRASSROOTS_CELL, "Chi bộ thôn Nà Mò " + TestOrganizations.next());
        String code = SystemTasks.run(() -> organizations.get(cell).code());
        SignedInUser clerk = users.create(Role.CLERK, commune);
        int n = TestOrganizations.next();
        String[] names = {"Ma Văn Khoa " + n, "Ma Thị Lan " + n, "Ma Văn Minh " + n};
        Path dir = Files.createTempDirectory("tochuc-import-browser");
        try (Browser browser = new Browser(port)) {
            browser.logIn(clerk.username(), TestUsers.PASSWORD);
            browser.open("/members");
            browser.clickThrough(By.id("import-link"), false);
            String href = browser.driver().findElement(By.id("template-link")).getAttribute("href");
            byte[] template = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                    .build(), HttpResponse.BodyHandlers.ofByteArray()).body();

            Path bad = fill(template, dir.resolve("dang-vien-loi.xlsx"), code, names, "31/02/1990", "0011900000012");
            upload(browser, bad);
            browser.waitForText(By.id("problems"), "31/02/1990");
            String report = browser.waitFor(By.id("problems")).getText();
            assertThat(report).contains("Ngày \"31/02/1990\" không hợp lệ", "ô này có 13")
                    .containsPattern("(?m)^3 D \\(Ngày sinh\\) Lỗi")
                    .containsPattern("(?m)^4 [A-Z]+ \\(Số định danh cá nhân\\) Lỗi");
            assertThat(browser.text()).contains("Tệp còn lỗi nên chưa có gì được ghi.");

            Path fixed = fill(template, dir.resolve("dang-vien.xlsx"), code, names, "28/02/1990", "001090000012");
            upload(browser, fixed);
            browser.waitForText(By.id("all-valid"), "Tệp hợp lệ");
            assertThat(browser.waitFor(By.id("all-valid")).getText()).isEqualTo("Tệp hợp lệ: có thể nhập toàn bộ.");
            browser.clickThrough(By.id("confirm"), false);
            browser.waitForText(By.id("done"), "Đã nhập");
            assertThat(browser.waitFor(By.id("done")).getText()).isEqualTo("Đã nhập 3 đảng viên.");
            browser.clickThrough(By.id("members-link"), false);
            assertThat(browser.text()).contains(names);
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }

    @Test
    void anUploadOverOneHundredMegabytesIsAnsweredInVietnameseOnThePageAndInTheApi() throws Exception {
        long commune = build.found(build.province(), OrganizationType.COMMUNE, "Đảng bộ xã Tệp Lớn " + TestOrganizations.next());
        SignedInUser clerk = users.create(Role.CLERK, commune);
        String credentials = java.util.Base64.getEncoder().encodeToString((clerk.username() + ":" + TestUsers.PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> api = postHuge(URI.create("http://localhost:" + port + "/api/v1/members/imports"),
                "Authorization", "Basic " + credentials, false);
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.body()).contains("Tệp lớn hơn 100 MB");
        try (Browser browser = new Browser(port)) {
            browser.logIn(clerk.username(), TestUsers.PASSWORD);
            browser.open("/members/import");
            String action = browser.driver().findElement(By.cssSelector("form[enctype]")).getAttribute("action");
            String session = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            for (boolean announced : new boolean[] {true, false}) {
                HttpResponse<String> page = postHuge(URI.create(action), "Cookie", session, announced);
                assertThat(page.statusCode()).isEqualTo(302);
                assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/members/import?tooLarge"));
            }
            browser.open("/members/import?tooLarge");
            assertThat(browser.waitFor(By.id("import-error")).getText()).contains("Tệp lớn hơn 100 MB");
        }
    }

    /** Posts a 101 MB file, generated while it is sent, with its length announced as a browser does, or chunked. */
    private static HttpResponse<String> postHuge(URI uri, String header, String value, boolean announced) throws Exception {
        String boundary = "ranh-gioi-" + TestOrganizations.next();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long size = 101L * 1024 * 1024;
        var body = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(java.util.Collections.enumeration(
                java.util.List.of(new ByteArrayInputStream(head), new java.io.InputStream() {
                    long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'x' : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(len, left);
                        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                        left -= n;
                        return n;
                    }
                }, new ByteArrayInputStream(tail)))));
        var sent = announced ? HttpRequest.BodyPublishers.fromPublisher(body, head.length + size + tail.length) : body;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header(header, value)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(sent).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void upload(Browser browser, Path file) {
        browser.open("/members/import");
        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickThrough(By.id("upload"), false);
        browser.waitFor(By.id("summary"));
    }

    /** Fills the downloaded template with POI, as a clerk would in Excel: three members under the template's headers. */
    private static Path fill(byte[] template, Path to, String code, String[] names, String secondBirth, String thirdId)
            throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                OutputStream out = Files.newOutputStream(to)) {
            Sheet sheet = workbook.getSheet("Đảng viên");
            Map<String, Integer> columns = new HashMap<>();
            sheet.getRow(0).forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
            String[][] rows = {
                {names[0], "Nam", "12/05/1985", "Tày", ""},
                {names[1], "Nữ", secondBirth, "Dao", ""},
                {names[2], "Nam", "1990", "Kinh", thirdId}};
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(columns.get("STT")).setCellValue(i + 1);
                row.createCell(columns.get("Họ và tên")).setCellValue(rows[i][0]);
                row.createCell(columns.get("Giới tính")).setCellValue(rows[i][1]);
                row.createCell(columns.get("Ngày sinh")).setCellValue(rows[i][2]);
                row.createCell(columns.get("Dân tộc")).setCellValue(rows[i][3]);
                row.createCell(columns.get("Số định danh cá nhân")).setCellValue(rows[i][4]);
                row.createCell(columns.get("Mã tổ chức đảng")).setCellValue(code);
                row.createCell(columns.get("Ngày quyết định kết nạp")).setCellValue("02/01/2024");
                row.createCell(columns.get("Ngày kết nạp")).setCellValue("20/01/2024");
            }
            workbook.write(out);
        }
        return to;
    }
}
