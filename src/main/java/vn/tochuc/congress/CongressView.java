package vn.tochuc.congress;

import java.time.LocalDate;

/** A congress as shown, with the organisation it belongs to. */
public record CongressView(long id, long organizationId, String organizationName, String organizationPath,
        CongressKind kind, String name, String term, LocalDate opensOn, LocalDate closesOn, String place,
        CongressStatus status, int version) {
}
