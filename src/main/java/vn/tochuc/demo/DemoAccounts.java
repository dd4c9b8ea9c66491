package vn.tochuc.demo;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tochuc.access.Commands.CreateUser;
import vn.tochuc.access.PasswordPolicy;
import vn.tochuc.access.Role;
import vn.tochuc.access.UserAdministration;

/**
 * The demo accounts, all with the same password: one per kind of user, and the two counting boards of the
 * demo congresses (a head and two operators each; an operator needs an account that can see the congress).
 */
@Component
class DemoAccounts {

    /**
     * A demo account: login, full name, role, which organisation of the plan it is scoped to, and what it
     * is for when that is more than its role (null otherwise).
     */
    record Account(String username, String fullName, Role role, Scope scope, String purpose) {

        Account(String username, String fullName, Role role, Scope scope) {
            this(username, fullName, role, scope, null);
        }
    }

    enum Scope { PROVINCE, COMMUNE_1, COMMUNE_2, GRASSROOTS }

    static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "Hoàng Văn Minh", Role.ADMIN, Scope.PROVINCE),
            new Account("tinh", "Lò Thị Hương", Role.ORGANIZING_STAFF, Scope.PROVINCE),
            new Account("xa1", "Cầm Văn Thắng", Role.ORGANIZING_STAFF, Scope.COMMUNE_1),
            new Account("xa2", "Nguyễn Thị Thu Hà", Role.ORGANIZING_STAFF, Scope.COMMUNE_2),
            new Account("coso1", "Quàng Văn Dũng", Role.CLERK, Scope.GRASSROOTS),
            new Account("truongban", "Lò Văn Thuận", Role.CLERK, Scope.COMMUNE_1,
                    "Trưởng ban kiểm phiếu đại hội xã Mường Khoa (đã công bố) / head of the counting board"),
            new Account("kiemphieu1", "Lường Thị Nga", Role.CLERK, Scope.COMMUNE_1,
                    "Nhập phiếu lượt 1, đại hội xã Mường Khoa / operator, entry pass 1"),
            new Account("kiemphieu2", "Nguyễn Văn Tuấn", Role.CLERK, Scope.COMMUNE_1,
                    "Nhập phiếu lượt 2, đại hội xã Mường Khoa / operator, entry pass 2"),
            new Account("truongban2", "Đinh Thị Thu Thủy", Role.CLERK, Scope.COMMUNE_2,
                    "Trưởng ban kiểm phiếu đại hội Đảng bộ Cơ quan phường Tô Hiệu (đang kiểm phiếu) / head, count in progress"),
            new Account("kiemphieu3", "Lương Văn Quân", Role.CLERK, Scope.COMMUNE_2,
                    "Nhập phiếu lượt 1, đại hội Đảng bộ Cơ quan phường Tô Hiệu / operator, entry pass 1"),
            new Account("kiemphieu4", "Hà Thị Phương", Role.CLERK, Scope.COMMUNE_2,
                    "Nhập phiếu lượt 2, đại hội Đảng bộ Cơ quan phường Tô Hiệu / operator, entry pass 2"));

    /** No look-alike characters (0/O, 1/l/I), so the printed password can be typed without doubt. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    static final int PASSWORD_LENGTH = 14;

    private final UserAdministration users;

    DemoAccounts(UserAdministration users) {
        this.users = users;
    }

    void create(ProvincePlan plan, Map<Integer, Long> ids, String password) {
        for (Account account : ACCOUNTS) {
            users.create(new CreateUser(account.username(), account.fullName(), password, account.role(),
                    ids.get(keyOf(plan, account.scope()))));
        }
    }

    static int keyOf(ProvincePlan plan, Scope scope) {
        return switch (scope) {
            case PROVINCE -> plan.provinceKey();
            case COMMUNE_1 -> plan.commune1Key();
            case COMMUNE_2 -> plan.commune2Key();
            case GRASSROOTS -> plan.grassrootsKey();
        };
    }

    /** A fresh random password of {@value #PASSWORD_LENGTH} letters and digits that passes the password policy. */
    static String generatePassword(SecureRandom random) {
        while (true) {
            StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
            for (int i = 0; i < PASSWORD_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            if (candidate.chars().anyMatch(Character::isDigit) && candidate.chars().anyMatch(Character::isLetter)) {
                PasswordPolicy.check("password", candidate);
                return candidate;
            }
        }
    }
}
