/**
 * Congresses (đại hội) and conferences of an organisation for a term. For now the record elections
 * belong to; the congress season (schedule, delegates, personnel plans) grows here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organization"})
package vn.tochuc.congress;
