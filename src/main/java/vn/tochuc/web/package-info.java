/**
 * The web shell: page layout, home page, locale, and the translation of domain errors into Vietnamese
 * pages and {@code ProblemDetail} responses without stack traces or personal data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organization", "access"})
package vn.tochuc.web;
