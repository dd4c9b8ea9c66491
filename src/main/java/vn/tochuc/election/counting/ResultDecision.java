package vn.tochuc.election.counting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Who is elected. Only names over the threshold ({@link ElectionThreshold}) qualify; among them the highest
 * votes win up to the seats ("xếp theo thứ tự số phiếu bầu từ cao đến thấp, vừa đủ số lượng"). When names
 * with equal votes straddle the last open seat(s), none of them is elected: they are {@code tied}, the
 * seats stay open and the assembly votes again among them, then decides if still tied — [R], the wording
 * was not retrieved; never "the older candidate wins" (that is the State election law). Too few over the
 * threshold leaves seats open; whether to hold another round is for the congress (QĐ 244-QĐ/TW Điều 20
 * khoản 2 for delegates; [R] for the other bodies).
 *
 * @param elected       0-based list positions, votes high to low (equal votes: list order, display only)
 * @param tied          0-based list positions tied across the last open seat(s), in list order
 * @param unfilledSeats seats not filled by {@code elected}
 */
public record ResultDecision(List<Integer> elected, List<Integer> tied, int unfilledSeats) {

    public ResultDecision {
        elected = List.copyOf(elected);
        tied = List.copyOf(tied);
    }

    /** Decides from the votes of each name (index = 0-based position). */
    public static ResultDecision decide(int[] votes, ElectionThreshold threshold, int seats) {
        List<Integer> passing = IntStream.range(0, votes.length)
                .filter(i -> threshold.isMetBy(votes[i]))
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> votes[i]).reversed().thenComparingInt(i -> i))
                .toList();
        if (passing.size() <= seats) {
            return new ResultDecision(passing, List.of(), seats - passing.size());
        }
        int lastSeatVotes = votes[passing.get(seats - 1)];
        if (votes[passing.get(seats)] < lastSeatVotes) {
            return new ResultDecision(passing.subList(0, seats), List.of(), 0);
        }
        return tiedAtLastSeat(passing, votes, lastSeatVotes, seats);
    }

    /** Names above the last-seat votes are elected; names with exactly those votes are tied, seats stay open. */
    private static ResultDecision tiedAtLastSeat(List<Integer> passing, int[] votes, int lastSeatVotes, int seats) {
        var elected = new ArrayList<Integer>();
        var tied = new ArrayList<Integer>();
        for (int i : passing) {
            if (votes[i] > lastSeatVotes) {
                elected.add(i);
            } else if (votes[i] == lastSeatVotes) {
                tied.add(i);
            }
        }
        tied.sort(Comparator.naturalOrder());
        return new ResultDecision(elected, tied, seats - elected.size());
    }

    /** True when {@code index} is elected. */
    public boolean isElected(int index) {
        return elected.contains(index);
    }

    /** True when {@code index} is tied across the last open seat. */
    public boolean isTied(int index) {
        return tied.contains(index);
    }
}
