package vn.tochuc.election.documents;

import java.time.LocalDate;

/**
 * The date line of a party document: "Chiềng Mai, ngày 15 tháng 7 năm 2025". Days below 10 and the months
 * January and February take a leading zero ("ngày 05 tháng 02 năm 2025"), as in the rules on the form of
 * party and state documents (HD 36-HD/VPTW 2018; NĐ 30/2020/NĐ-CP) [R].
 */
final class VietnameseDates {

    private VietnameseDates() {
    }

    static String dateLine(String place, LocalDate date) {
        return place + ", " + longForm(date);
    }

    static String longForm(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return "ngày " + (day < 10 ? "0" + day : Integer.toString(day))
                + " tháng " + (month < 3 ? "0" + month : Integer.toString(month))
                + " năm " + date.getYear();
    }
}
