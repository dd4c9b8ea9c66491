package vn.tochuc.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.PostgresTest;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;

/** The acting user as the services see it, looked up once per transaction and account. */
@PostgresTest
class CurrentActorTests {

    @Autowired Actors actors;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void insideOneTransactionEachAccountActsWithItsOwnScope() {
        long province = build.province();
        long commune = build.found(province, OrganizationType.COMMUNE, "Đảng bộ xã Nà Ngần " + TestOrganizations.next());
        SignedInUser staff = users.create(Role.ORGANIZING_STAFF, province);
        SignedInUser clerk = users.create(Role.CLERK, commune);

        List<Actor> seen = new TransactionTemplate(transactions).execute(status -> List.of(
                TestUsers.as(staff, () -> actors.current()), TestUsers.as(clerk, () -> actors.current()),
                TestUsers.as(staff, () -> actors.current()), TestUsers.as(clerk, () -> actors.current())));

        assertThat(seen).extracting(Actor::username)
                .containsExactly(staff.username(), clerk.username(), staff.username(), clerk.username());
        assertThat(seen.get(1).scopePath()).startsWith(seen.get(0).scopePath()).isNotEqualTo(seen.get(0).scopePath());
        assertThat(seen.get(3)).isEqualTo(seen.get(1));
    }

    @Test
    void theSystemActsAsTheSystemEvenWhileAnAccountIsSignedIn() {
        SignedInUser clerk = users.create(Role.CLERK, build.province());
        Actor actor = new TransactionTemplate(transactions).execute(status -> TestUsers.as(clerk, () -> {
            actors.current();
            return SystemTasks.run(() -> actors.current());
        }));
        assertThat(actor.username()).isEqualTo("system");
    }
}
