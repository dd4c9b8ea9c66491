/**
 * The working-day calendar: public holidays and official days off, kept by an administrator, from which
 * every deadline counted in working days (ngày làm việc) is computed (Bộ luật Lao động 2019 Điều 112).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package vn.tochuc.calendar;
