package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TestOrganizations;

/** The main tree flows in a real browser, against the real server on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tochuc.demo.enabled=false")
@ContextConfiguration(initializers = PostgresTest.Database.class)
@Import({PostgresTest.CleanOnceThenMigrate.class, TestOrganizations.class, TestUsers.class})
class TreeBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestOrganizations organizations;
    @Autowired
    TestUsers users;

    @Test
    void staffLogsInExpandsTheTreeFoundsAnOrganisationAndSeesItInTheAuditTrail() throws Exception {
        long province = organizations.province();
        String communeName = "Đảng bộ xã Mường Chà " + TestOrganizations.next();
        long commune = organizations.found(province, OrganizationType.COMMUNE, communeName);
        String cellName = "Chi bộ thôn Huổi Lèng " + TestOrganizations.next();
        organizations.found(commune, OrganizationType.GRASSROOTS_CELL, cellName);
        SignedInUser staff = users.create(Role.ORGANIZING_STAFF, province);
        String newName = "Chi bộ bản Pá Khoang " + TestOrganizations.next();

        try (Browser browser = new Browser(port)) {
            browser.logIn(staff.username(), TestUsers.PASSWORD);
            browser.open("/organizations");
            WebElement node = browser.waitFor(By.id("node-" + commune));
            node.findElement(By.cssSelector("button.toggle")).click();
            browser.waitFor(By.xpath("//li[@id='node-" + commune + "']//a[text()='" + cellName + "']"));

            browser.open("/organizations/" + commune + "/found");
            browser.type("name", newName);
            new Select(browser.driver().findElement(By.id("type"))).selectByValue("GRASSROOTS_CELL");
            browser.type("effectiveOn", "15/03/2024");
            browser.type("decisionRef", "45-QĐ/ĐU");
            browser.driver().findElement(By.id("submit")).click();
            assertThat(browser.waitFor(By.id("done")).getText()).isEqualTo("Đã thành lập tổ chức.");
            assertThat(browser.text()).contains(newName, "15/03/2024", "45-QĐ/ĐU");

            browser.open("/audit");
            assertThat(browser.waitFor(By.id("audit")).getText())
                    .contains("Thành lập " + newName + " trực thuộc " + communeName, staff.username());
        }
    }

    @Test
    void aCommuneUserCannotOpenAnotherCommunesPageByUrl() throws Exception {
        long province = organizations.province();
        long communeA = organizations.found(province, OrganizationType.COMMUNE, "Đảng bộ xã Tả Phìn " + TestOrganizations.next());
        String otherName = "Đảng bộ phường Quyết Thắng " + TestOrganizations.next();
        long communeB = organizations.found(province, OrganizationType.COMMUNE, otherName);
        SignedInUser staffOfA = users.create(Role.ORGANIZING_STAFF, communeA);

        try (Browser browser = new Browser(port)) {
            browser.logIn(staffOfA.username(), TestUsers.PASSWORD);
            browser.open("/organizations/" + communeB);
            assertThat(browser.text()).contains("Không tìm thấy tổ chức số " + communeB).doesNotContain(otherName);
            browser.open("/organizations/" + communeB + "/tree");
            assertThat(browser.text()).contains("Không tìm thấy").doesNotContain(otherName);
            browser.open("/organizations/" + communeA);
            assertThat(browser.text()).contains("Đảng bộ xã Tả Phìn");
        }
    }
}
