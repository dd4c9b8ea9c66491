package vn.tochuc.election.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.election.BallotState;
import vn.tochuc.election.BoardMemberView;
import vn.tochuc.election.Counting;
import vn.tochuc.election.ElectionView;
import vn.tochuc.election.Elections;
import vn.tochuc.election.EntryReceipt;
import vn.tochuc.election.internal.Guard;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.NotFound;

/** The counting board's screens: keyboard-first ballot entry, reconciliation, the entry log. */
@Controller
class CountingPages {

    private final Elections elections;
    private final Counting counting;
    private final Guard guard;
    private final PageSupport support;

    CountingPages(Elections elections, Counting counting, Guard guard, PageSupport support) {
        this.elections = elections;
        this.counting = counting;
        this.guard = guard;
        this.support = support;
    }

    @GetMapping("/elections/{id}/entry")
    String entry(@PathVariable long id, Model model) {
        BoardMemberView seat = guard.boardSeat(id);
        ElectionView election = elections.get(id);
        model.addAttribute("election", election);
        model.addAttribute("seat", seat);
        model.addAttribute("names", elections.ballotNames(id));
        model.addAttribute("listKind", elections.listKind(id));
        int entered = seat.passNo() == null ? 0 : counting.progress(id).getOrDefault(seat.passNo(), 0);
        model.addAttribute("entered", entered);
        model.addAttribute("next", Math.min(entered + 1, election.ballotsReturned() == null ? 1 : election.ballotsReturned()));
        return "election/entry";
    }

    /** htmx: one ballot entered; answers the read-back (or the reason it was refused) and the next number. */
    @PostMapping("/elections/{id}/entry")
    String enter(@PathVariable long id, @RequestParam(defaultValue = "0") int ballotNo,
            @RequestParam(defaultValue = "") String keys, Model model, HttpServletResponse response, Locale locale) {
        try {
            EntryReceipt receipt = counting.record(id, ballotNo, keys);
            model.addAttribute("receipt", receipt);
            model.addAttribute("next", Math.min(ballotNo + 1, receipt.ballotsReturned()));
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("refused", support.message(e, locale));
            model.addAttribute("next", ballotNo);
        }
        model.addAttribute("ballotNo", ballotNo);
        return "election/entry :: receipt";
    }

    @GetMapping("/elections/{id}/reconcile")
    String reconcile(@PathVariable long id, Model model) {
        BoardMemberView seat = guard.boardSeat(id);
        List<BallotState> states = counting.reconciliation(id);
        model.addAttribute("election", elections.get(id));
        model.addAttribute("seat", seat);
        model.addAttribute("mismatches", states.stream().filter(s -> s.status() == BallotState.Status.MISMATCH).toList());
        model.addAttribute("resolved", states.stream().filter(s -> s.status() == BallotState.Status.RESOLVED).toList());
        model.addAttribute("pending", states.stream().filter(s -> s.status() == BallotState.Status.PENDING).count());
        model.addAttribute("agreed", states.stream().filter(s -> s.status() == BallotState.Status.AGREED).count());
        model.addAttribute("total", states.size());
        return "election/reconcile";
    }

    @PostMapping("/elections/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(defaultValue = "0") int ballotNo,
            @RequestParam(defaultValue = "") String keys, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect, Locale locale) {
        return support.act("/elections/" + id + "/reconcile", redirect, locale, "election.resolved", () -> {
            counting.resolve(id, ballotNo, keys, reason);
            return null;
        });
    }

    @GetMapping("/elections/{id}/log")
    String log(@PathVariable long id, Model model) {
        model.addAttribute("election", elections.get(id));
        model.addAttribute("log", counting.log(id));
        return "election/log";
    }
}
