/**
 * The vote-counting engine for elections within the Party: plain Java, no framework.
 *
 * <p>{@link vn.tochuc.election.counting.Tally#count(TallyRequest)} turns the counting board's ballots into a
 * result: denominator ({@link vn.tochuc.election.counting.Denominator}), threshold
 * ({@link vn.tochuc.election.counting.ElectionThreshold}), ballot validity
 * ({@link vn.tochuc.election.counting.BallotValidity}), who is elected
 * ({@link vn.tochuc.election.counting.ResultDecision}), warnings
 * ({@link vn.tochuc.election.counting.SurplusPolicy}, {@link vn.tochuc.election.counting.CellPolicy}) and
 * Vietnamese sentences the board can read aloud.
 *
 * <p>Sources: Điều lệ Đảng Điều 12 khoản 3; QĐ 244-QĐ/TW (2014) Điều 17, 20, 32, kept in substance by
 * QĐ 190-QĐ/TW (10/10/2024); QĐ 190-QĐ/TW Điều 14; QĐ 294-QĐ/TW (2025) on party cells.
 * Rules marked [R] in Javadoc were not confirmed from a primary text; they are defaults that can be
 * changed through {@link vn.tochuc.election.counting.TallyRules}.
 *
 * <p>A named interface of the election module: the facade's own commands speak its types
 * ({@link vn.tochuc.election.counting.ElectionKind}, {@link vn.tochuc.election.counting.Exclusion},
 * {@link vn.tochuc.election.counting.TallyResult}), so a module that prepares an election uses them too.
 */
@org.springframework.modulith.NamedInterface("counting")
package vn.tochuc.election.counting;
