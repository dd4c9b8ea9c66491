/**
 * The append-only, hash-chained audit trail: every write of every module, who, when, what, which
 * organisation; filtered by scope; with a chain check that finds the first altered or missing record.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package vn.tochuc.audit;
