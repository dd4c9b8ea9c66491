/**
 * Elections at a congress (QĐ 190-QĐ/TW): the list and its checks, the denominator, the counting board,
 * ballots entered two or three times and reconciled, the hash-chained entry log, results, further rounds,
 * minutes, publication, approval and annulment. The counting itself is the plain-Java engine in
 * {@code counting}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organization", "access", "congress", "calendar"})
package vn.tochuc.election;
