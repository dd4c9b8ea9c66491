package vn.tochuc.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tochuc.access.Role;

/** What the demo prints on standard output: where to open the application and how to log in. */
final class DemoBanner {

    private static final String LINE = "=".repeat(88);

    private DemoBanner() {
    }

    /** After the first start; {@code password} is null when it came from the environment. */
    static String created(String url, ProvincePlan plan, List<CongressScript> congresses, String password) {
        Map<Integer, String> names = plan.organizations().stream()
                .collect(Collectors.toMap(PlanStep.Org::key, PlanStep.Org::name));
        StringBuilder out = new StringBuilder();
        out.append('\n').append(LINE).append('\n')
                .append("  Tổ Chức — đã tạo tỉnh mẫu Sơn Lâm / demo province Sơn Lâm created\n")
                .append("  Mở / Open:  ").append(url).append('\n')
                .append(String.format("  Đảng viên / Members:  %,d (lịch sử từ năm 1965 / with their histories since 1965)%n%n",
                        MemberPlanner.MEMBERS).replace(',', '.'))
                .append("  Tài khoản / Accounts:\n");
        for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
            out.append(String.format("    %-10s  %-38s  %-18s  %s%n", account.username(), label(account.role()),
                    account.fullName(), names.get(DemoAccounts.keyOf(plan, account.scope()))));
            if (account.purpose() != null) {
                out.append(String.format("    %-10s  ↳ %s%n", "", account.purpose()));
            }
        }
        out.append("\n  Bầu cử mẫu / demo elections:\n");
        for (CongressScript congress : congresses) {
            CongressScript.ElectionScript e = congress.election();
            out.append("    ").append(congress.name()).append('\n')
                    .append(String.format("      Bầu %s: %d người, bầu %d, %d phiếu — %s%n", e.kind().body(),
                            e.candidates().size(), e.seats(), e.returned(), e.publish()
                                    ? "đã kiểm phiếu, công bố kết quả / counted and published"
                                    : "đang nhập phiếu / ballots being entered"));
        }
        out.append('\n');
        if (password == null) {
            out.append("  Mật khẩu: giá trị của TOCHUC_DEMO_PASSWORD / Password: the value of TOCHUC_DEMO_PASSWORD\n");
        } else {
            out.append("  Mật khẩu chung / Password (all accounts):  ").append(password).append('\n')
                    .append("  Mật khẩu chỉ in MỘT LẦN: hãy ghi lại ngay. / Printed only ONCE: write it down now.\n")
                    .append("  Lần sau, có thể đặt mật khẩu qua biến môi trường TOCHUC_DEMO_PASSWORD trước khi tạo dữ liệu mới.\n")
                    .append("  Next time you may choose it with TOCHUC_DEMO_PASSWORD before the data is created.\n");
        }
        return out.append(LINE).append('\n').toString();
    }

    private static String label(Role role) {
        return switch (role) {
            case ADMIN -> "Quản trị hệ thống / administrator";
            case ORGANIZING_STAFF -> "Cán bộ Ban tổ chức / organising staff";
            case CLERK -> "Cán bộ nghiệp vụ / clerk";
            case VIEWER -> "Chỉ xem / viewer";
        };
    }

    /** On later starts: the data exists already; the password is not known any more and not printed. */
    static String existing(String url) {
        String users = DemoAccounts.ACCOUNTS.stream().map(DemoAccounts.Account::username)
                .collect(Collectors.joining(", "));
        return '\n' + LINE + '\n'
                + "  Tổ Chức — dữ liệu mẫu đã có / demo data already present\n"
                + "  Mở / Open:  " + url + '\n'
                + "  Tài khoản / Accounts:  " + users + '\n'
                + "  Mật khẩu đã in ở lần khởi động đầu tiên. / The password was printed at the first start.\n"
                + LINE + '\n';
    }
}
