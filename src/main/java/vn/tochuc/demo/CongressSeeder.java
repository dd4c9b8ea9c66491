package vn.tochuc.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.tochuc.access.ActingAs;
import vn.tochuc.congress.Congresses;
import vn.tochuc.demo.CongressScript.ElectionScript;
import vn.tochuc.election.Counting;
import vn.tochuc.election.ElectionResults;
import vn.tochuc.election.Elections;
import vn.tochuc.shared.DomainException;

/**
 * Plays the demo congresses through the congress and election facades, each step as the account of the
 * person who would do it: the commune's or ward's organising staff prepare, each operator enters their
 * own pass, the head of the board resolves and publishes. So every rule applies (list checks, board
 * accounts that must see the congress, the entry log's hash chain, the audit trail) exactly as on the
 * screens. Runs inside the demo's one transaction, after the demo accounts exist.
 */
@Component
class CongressSeeder {

    private final Congresses congresses;
    private final Elections elections;
    private final Counting counting;
    private final ElectionResults results;
    private final ActingAs acting;

    CongressSeeder(Congresses congresses, Elections elections, Counting counting, ElectionResults results,
            ActingAs acting) {
        this.congresses = congresses;
        this.elections = elections;
        this.counting = counting;
        this.results = results;
        this.acting = acting;
    }

    /** Plays every script in order; returns the id of each script's election. */
    List<Long> apply(List<CongressScript> scripts, Map<Integer, Long> ids) {
        List<Long> played = new ArrayList<>();
        for (CongressScript script : scripts) {
            try {
                played.add(play(script, ids.get(script.orgKey())));
            } catch (DomainException e) {
                throw new IllegalStateException("Demo congress refused (" + e.getMessage() + " "
                        + List.of(e.arguments()) + "): " + script.name(), e);
            }
        }
        return played;
    }

    private long play(CongressScript script, long organization) {
        long congress = as(script.organiser(), () -> congresses.record(new Congresses.NewCongress(organization,
                script.kind(), script.name(), script.term(), script.opensOn(), script.closesOn(), script.place())));
        ElectionScript e = script.election();
        long election = as(script.organiser(), () -> prepare(congress, e));
        for (CongressScript.Typed typed : e.typed()) {
            as(typed.username(), () -> counting.record(election, typed.ballotNo(), typed.keys()));
        }
        as(e.head(), () -> {
            e.resolutions().forEach(r -> counting.resolve(election, r.ballotNo(), r.keys(), r.reason()));
            return e.publish() ? results.publish(election) : null;
        });
        if (script.held()) {
            as(script.organiser(), () -> {
                congresses.markHeld(congress, congresses.get(congress).version());
                return null;
            });
        }
        return election;
    }

    /** Defines the election, fills the list, D's parts and the board, fixes the list and opens the count. */
    private long prepare(long congress, ElectionScript e) {
        long id = elections.define(new Elections.NewElection(congress, e.kind(), e.seats(), false, null, 2, false));
        e.candidates().forEach(c -> elections.addCandidate(id, c.fullName(), c.route(), c.approvals(), true));
        elections.setParticipation(id, new Elections.Participation(e.convened(), e.exclusions(), e.attendees(),
                e.attendees(), null));
        e.board().forEach(s -> elections.addBoardMember(id, s.fullName(), s.role(), s.username(), s.passNo()));
        elections.approveList(id);
        elections.openCounting(id, e.returned(), e.returned());
        return id;
    }

    private <T> T as(String username, Supplier<T> work) {
        return acting.as(username, work);
    }
}
