/**
 * Users, roles and scope (one organisation's subtree), log-in with lockout and session timeout, the
 * acting user for the service layer, and the one-time set-up of the first administrator.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organization"})
package vn.tochuc.access;
