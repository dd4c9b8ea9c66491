/**
 * The organisation tree: types and levels, the materialised path, effective-dated history and the
 * merge/split lineage (rules §5.7, QĐ 294-QĐ/TW).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.tochuc.organization;
