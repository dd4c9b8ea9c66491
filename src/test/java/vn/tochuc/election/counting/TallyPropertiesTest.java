package vn.tochuc.election.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Properties over seeded random elections; each failure message carries the seed to replay it. */
class TallyPropertiesTest {

    private static final int ELECTIONS = 200;
    private static final long BASE_SEED = 20_251_010L;

    @Test
    void ballotOrderNeverChangesTheResult() {
        // QĐ 244-QĐ/TW Điều 32: the result depends on the counts only
        for (long seed = BASE_SEED; seed < BASE_SEED + ELECTIONS; seed++) {
            var random = new Random(seed);
            TallyRequest request = RandomElections.request(random);
            var shuffled = new ArrayList<>(request.ballots());
            Collections.shuffle(shuffled, random);
            assertThat(Tally.count(new TallyRequest(request.election(), shuffled)))
                    .as("seed %d", seed).isEqualTo(Tally.count(request));
        }
    }

    @Test
    void nobodyGetsMoreVotesThanThereAreValidBallots() {
        // QĐ 244-QĐ/TW Điều 32 khoản 1: votes are counted on valid ballots, at most one per ballot
        for (long seed = BASE_SEED; seed < BASE_SEED + ELECTIONS; seed++) {
            TallyResult result = Tally.count(RandomElections.request(new Random(seed)));
            for (TallyResult.CandidateResult candidate : result.candidates()) {
                assertThat(candidate.votes()).as("seed %d, %s", seed, candidate.name())
                        .isBetween(0, result.ballots().valid());
            }
            assertThat(result.ballots().valid() + result.ballots().invalid()).as("seed %d", seed)
                    .isEqualTo(result.ballots().total());
        }
    }

    @Test
    void neverMoreElectedThanSeats() {
        // QĐ 244-QĐ/TW Điều 32: "vừa đủ số lượng"; seats left open are counted
        for (long seed = BASE_SEED; seed < BASE_SEED + ELECTIONS; seed++) {
            TallyRequest request = RandomElections.request(new Random(seed));
            TallyResult result = Tally.count(request);
            int seats = request.election().seats();
            assertThat(result.elected()).as("seed %d", seed).hasSizeLessThanOrEqualTo(seats);
            assertThat(result.elected().size() + result.unfilledSeats()).as("seed %d", seed).isEqualTo(seats);
            for (TallyResult.CandidateResult candidate : result.candidates()) {
                assertThat(!candidate.elected() || candidate.overHalf()).as("seed %d", seed).isTrue();
            }
        }
    }

    @Test
    void ballotKeepingMoreNamesThanSeatsIsAlwaysInvalid() {
        // QĐ 244-QĐ/TW Điều 17 khoản 2: votes for more than the number to elect
        for (long seed = BASE_SEED; seed < BASE_SEED + ELECTIONS; seed++) {
            var random = new Random(seed);
            TallyRequest request = RandomElections.request(random);
            int size = request.election().candidates().size();
            int seats = request.election().seats();
            if (size == seats) {
                continue;
            }
            int kept = seats + 1 + random.nextInt(size - seats);
            var ballots = new ArrayList<>(request.ballots());
            ballots.add(RandomElections.strikes(random, size, size - kept));
            TallyResult before = Tally.count(request);
            TallyResult after = Tally.count(new TallyRequest(request.election(), ballots));
            assertThat(after.ballots().invalidByReason().get(InvalidReason.TOO_MANY_KEPT)).as("seed %d", seed)
                    .isEqualTo(before.ballots().invalidByReason().getOrDefault(InvalidReason.TOO_MANY_KEPT, 0) + 1);
            assertThat(after.candidates()).as("seed %d", seed).isEqualTo(before.candidates());
        }
    }

    @Test
    void addingAValidBallotNeverLowersAnyonesVotes() {
        // QĐ 244-QĐ/TW Điều 32 khoản 1: a valid ballot only adds votes
        for (long seed = BASE_SEED; seed < BASE_SEED + ELECTIONS; seed++) {
            var random = new Random(seed);
            TallyRequest request = RandomElections.request(random);
            var ballots = new ArrayList<>(request.ballots());
            ballots.add(RandomElections.validBallot(random, request.election()));
            TallyResult before = Tally.count(request);
            TallyResult after = Tally.count(new TallyRequest(request.election(), ballots));
            assertThat(after.ballots().valid()).as("seed %d", seed).isEqualTo(before.ballots().valid() + 1);
            for (int i = 0; i < before.candidates().size(); i++) {
                assertThat(after.candidates().get(i).votes()).as("seed %d, position %d", seed, i + 1)
                        .isGreaterThanOrEqualTo(before.candidates().get(i).votes());
            }
        }
    }
}
