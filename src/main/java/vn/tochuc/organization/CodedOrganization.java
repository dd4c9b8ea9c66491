package vn.tochuc.organization;

import java.time.LocalDate;

/**
 * An organisation in force today as a spreadsheet names it: by its code. For filing imported records; the
 * caller checks the scope against {@code path}.
 *
 * @param foundedOn the first day it existed: records dated earlier cannot be filed in it
 */
public record CodedOrganization(long id, String code, String name, String path, LocalDate foundedOn) {
}
