package vn.tochuc.election.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tochuc.election.BoardMemberView;
import vn.tochuc.election.BoardRole;
import vn.tochuc.election.ElectionStatus;
import vn.tochuc.election.ElectionView;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Permission;

/**
 * Who may do what with an election: organising staff in scope prepare it; only its counting board
 * (the COUNTING_BOARD assignment: board members with an account) enters and sees individual ballots;
 * the head of the board resolves mismatches; results are public in scope once published.
 */
@Component
public class Guard {

    private final ElectionStore elections;
    private final Actors actors;

    public Guard(ElectionStore elections, Actors actors) {
        this.elections = elections;
        this.actors = actors;
    }

    public ElectionView visible(long id) {
        ElectionView election = elections.find(id).orElseThrow(() -> new NotFound("election", id));
        actors.current().requireVisible(election.organizationPath(), "election", id);
        return election;
    }

    /** Organising staff of the congress's organisation (or above) preparing the election. */
    public ElectionView preparing(long id, ElectionStatus... allowed) {
        ElectionView election = visible(id);
        actors.current().require(Permission.ORGANIZATION_WRITE, election.organizationPath());
        requireStatus(election, allowed);
        return election;
    }

    /** The acting user's seat on this election's counting board. */
    public BoardMemberView boardSeat(long id) {
        return boardSeat(visible(id));
    }

    /** The same for an election the caller has just read with {@link #visible(long)}. */
    public BoardMemberView boardSeat(ElectionView visible) {
        return seat(visible.id()).orElseThrow(() -> new Forbidden("election.error.notOnBoard"));
    }

    public Optional<BoardMemberView> seat(long id) {
        String me = actors.current().username();
        return elections.board(id).stream().filter(m -> me.equals(m.username())).findFirst();
    }

    public BoardMemberView head(long id) {
        BoardMemberView seat = boardSeat(id);
        if (seat.role() != BoardRole.HEAD) {
            throw new Forbidden("election.error.notHead");
        }
        return seat;
    }

    /** The higher committee (approval, annulment): organising staff strictly above the organisation. */
    public ElectionView higherCommittee(long id) {
        ElectionView election = visible(id);
        Actor actor = actors.current();
        actor.require(Permission.ORGANIZATION_WRITE, election.organizationPath());
        if (!actor.governs(election.organizationPath())) {
            throw new Forbidden("election.error.notHigherCommittee");
        }
        return election;
    }

    public Actor actor() {
        return actors.current();
    }

    public static void requireStatus(ElectionView election, ElectionStatus... allowed) {
        requireStatus(election.status(), allowed);
    }

    public static void requireStatus(ElectionStatus status, ElectionStatus... allowed) {
        if (allowed.length == 0) {
            return;
        }
        for (ElectionStatus one : allowed) {
            if (status == one) {
                return;
            }
        }
        throw new DomainException("status", "election.error.status", status);
    }
}
