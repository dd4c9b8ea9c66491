package vn.tochuc.election.counting;

/**
 * Party-cell parameters, QĐ 294-QĐ/TW (2025): "Chi bộ có 9 đảng viên chính thức trở lên bầu chi ủy; chi
 * bộ đông đảng viên bầu không quá 7 chi ủy viên … Trường hợp chi bộ bầu đến lần thứ ba mà không có đồng
 * chí nào đủ số phiếu trúng cử bí thư chi bộ thì cấp ủy cấp trên … chỉ định". Confirmed [C]; kept as data
 * so a later regulation changes a number, not the code.
 */
public record CellRules(int committeeMinimumMembers, int committeeMaximumSeats, int secretaryRoundsBeforeAppointment) {

    public static final int COMMITTEE_MINIMUM_MEMBERS = 9;
    public static final int COMMITTEE_MAXIMUM_SEATS = 7;
    public static final int SECRETARY_ROUNDS_BEFORE_APPOINTMENT = 3;

    public static final CellRules DEFAULT = new CellRules(COMMITTEE_MINIMUM_MEMBERS, COMMITTEE_MAXIMUM_SEATS,
            SECRETARY_ROUNDS_BEFORE_APPOINTMENT);
}
