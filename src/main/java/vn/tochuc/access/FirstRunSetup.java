package vn.tochuc.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.access.internal.UserStore;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TreeChanges;
import vn.tochuc.shared.DomainException;

/**
 * The one-time set-up of a production installation: while there is no account, a set-up code is
 * printed on the console at start; whoever has it founds the root organisation and the first
 * administrator at {@code /setup}. Afterwards the page refuses.
 */
@Service
public class FirstRunSetup {

    private final UserStore users;
    private final TreeChanges tree;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean demo;
    private volatile String code;

    public FirstRunSetup(UserStore users, TreeChanges tree, PasswordEncoder encoder, ApplicationEventPublisher events,
            Clock clock, @Value("${tochuc.demo.enabled:false}") boolean demo) {
        this.users = users;
        this.tree = tree;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
        this.demo = demo;
    }

    /** Root organisation and first administrator, as typed on the set-up page. */
    public record Setup(String code, String rootName, String rootCode, OrganizationType rootType, LocalDate foundedOn,
            String username, String fullName, String password) {
    }

    public boolean needed() {
        return users.count() == 0;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        if (demo || !needed()) {
            return;
        }
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        code = HexFormat.of().formatHex(bytes).toUpperCase();
        System.out.println("""

                ==== Tổ Chức: thiết lập lần đầu / first-run set-up ====
                Chưa có tài khoản nào. Mở /setup và nhập mã thiết lập: %s
                No account exists yet. Open /setup and enter the set-up code: %s
                =======================================================
                """.formatted(code, code));
    }

    @Transactional
    public void complete(Setup setup) {
        if (!needed()) {
            throw new DomainException("code", "access.error.setupDone");
        }
        if (code == null || setup.code() == null || !code.equalsIgnoreCase(setup.code().strip())) {
            throw new DomainException("code", "access.error.setupToken");
        }
        String username = Usernames.checked(setup.username());
        PasswordPolicy.check("password", setup.password());
        if (setup.fullName() == null || setup.fullName().isBlank()) {
            throw new DomainException("fullName", "access.error.fullName");
        }
        SystemTasks.run(() -> {
            long root = tree.foundRoot(setup.rootName(), setup.rootCode(), setup.rootType(),
                    setup.foundedOn() == null ? LocalDate.now(clock) : setup.foundedOn());
            long id = users.insert(username, setup.fullName().strip(), encoder.encode(setup.password()), Role.ADMIN,
                    root, OffsetDateTime.now(clock));
            events.publishEvent(new UserChanged("USER_CREATED", id, root, "/" + root + "/",
                    "Thiết lập lần đầu: tạo quản trị viên " + username));
        });
        code = null;
    }
}
