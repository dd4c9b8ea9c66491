/**
 * Party members: each member's record and life cycle as dated events (admission, conversion, transfers,
 * exemption, discipline, removal, death, re-admission), search within scope and membership as of a day; the
 * admission pipeline and targets; the clerk's work lists.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organization", "calendar"})
package vn.tochuc.membership;
