/**
 * Party members: each member's record and life cycle as dated events (admission, conversion, transfers,
 * exemption, discipline, removal, death, re-admission), search within scope and membership as of a day.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organization"})
package vn.tochuc.membership;
