package vn.tochuc.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How a congress votes on a list with surplus (danh sách có số dư): each delegate strikes out the names
 * they do not want (QĐ 244-QĐ/TW Điều 17, kept by QĐ 190-QĐ/TW). Most strike exactly the surplus, some
 * strike one or two more; a few ballots are spoilt: too few names struck (more kept than seats), every
 * name struck, or a paper the board did not issue. Who gets struck follows a weight per name, so the
 * names the congress is doubtful about collect most strikes.
 */
final class Voting {

    /** The share of valid ballots striking the surplus, the surplus + 1, the surplus + 2 names. */
    private static final double[] EXTRA_STRIKES = {0.74, 0.16, 0.10};

    /** Spoilt ballots among those returned. */
    record Spoilt(int tooFewStruck, int allStruck, int notIssued) {
    }

    /** A paper ballot: the 1-based list positions struck out, or {@code declared} for one the board declares invalid. */
    record Paper(List<Integer> struck, String declared) {

        /** What an operator types for it (BallotCodec): "3 12", "0" for nothing struck, "*" for all, "x1". */
        String keys(int listSize) {
            if (declared != null) {
                return declared;
            }
            if (struck.size() == listSize) {
                return "*";
            }
            return struck.isEmpty() ? "0" : struck.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }

        boolean validFor(int listSize, int seats) {
            int kept = listSize - struck.size();
            return declared == null && kept >= 1 && kept <= seats;
        }
    }

    private Voting() {
    }

    /** {@code returned} ballots on a list of {@code weights.length} names electing {@code seats}. */
    static List<Paper> draw(Random random, double[] weights, int seats, int returned, Spoilt spoilt) {
        int size = weights.length;
        int surplus = size - seats;
        List<Paper> papers = new ArrayList<>(returned);
        for (int i = 0; i < spoilt.tooFewStruck(); i++) {
            papers.add(new Paper(strike(random, weights, random.nextInt(surplus)), null));
        }
        for (int i = 0; i < spoilt.allStruck(); i++) {
            papers.add(new Paper(strike(random, weights, size), null));
        }
        for (int i = 0; i < spoilt.notIssued(); i++) {
            papers.add(new Paper(List.of(), "x1"));
        }
        while (papers.size() < returned) {
            papers.add(new Paper(strike(random, weights, surplus + extra(random, size - surplus - 1)), null));
        }
        Collections.shuffle(papers, random);
        return papers;
    }

    /** Votes per name: every valid ballot is a vote for each name it keeps. */
    static int[] votes(List<Paper> papers, int size, int seats) {
        int[] votes = new int[size];
        for (Paper paper : papers) {
            if (paper.validFor(size, seats)) {
                for (int p = 1; p <= size; p++) {
                    votes[p - 1] += paper.struck().contains(p) ? 0 : 1;
                }
            }
        }
        return votes;
    }

    /**
     * The same ballot misread once: one struck number read as its neighbour on the list (4 for 3, 12 for
     * 13); empty when no struck number has a free neighbour.
     */
    static List<Integer> misread(Random random, List<Integer> struck, int size) {
        int start = struck.isEmpty() ? 0 : random.nextInt(struck.size());
        int step = random.nextBoolean() ? 1 : -1;
        for (int i = 0; i < struck.size(); i++) {
            int wrong = struck.get((start + i) % struck.size());
            for (int neighbour : new int[] {wrong + step, wrong - step}) {
                if (neighbour >= 1 && neighbour <= size && !struck.contains(neighbour)) {
                    TreeSet<Integer> read = new TreeSet<>(struck);
                    read.remove(wrong);
                    read.add(neighbour);
                    return List.copyOf(read);
                }
            }
        }
        return List.of();
    }

    private static int extra(Random random, int most) {
        double r = random.nextDouble();
        int extra = r < EXTRA_STRIKES[0] ? 0 : r < EXTRA_STRIKES[0] + EXTRA_STRIKES[1] ? 1 : 2;
        return Math.min(extra, most);
    }

    /** {@code count} distinct positions drawn by weight, in list order. */
    private static List<Integer> strike(Random random, double[] weights, int count) {
        double[] left = weights.clone();
        TreeSet<Integer> struck = new TreeSet<>();
        while (struck.size() < count) {
            double total = 0;
            for (double w : left) {
                total += w;
            }
            double r = random.nextDouble() * total;
            int i = 0;
            while (i < left.length - 1 && (r -= left[i]) >= 0) {
                i++;
            }
            while (left[i] == 0) {
                i = (i + 1) % left.length;
            }
            left[i] = 0;
            struck.add(i + 1);
        }
        return List.copyOf(struck);
    }
}
