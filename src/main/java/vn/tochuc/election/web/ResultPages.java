package vn.tochuc.election.web;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.election.Counting;
import vn.tochuc.election.ElectionResults;
import vn.tochuc.election.ElectionView;
import vn.tochuc.election.Elections;
import vn.tochuc.election.counting.TallyResult;
import vn.tochuc.election.internal.Guard;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.NotFound;

/** Results: the board's preview, publication, the projector page, further rounds, approval and annulment. */
@Controller
class ResultPages {

    private final Elections elections;
    private final Counting counting;
    private final ElectionResults results;
    private final Guard guard;
    private final PageSupport support;

    ResultPages(Elections elections, Counting counting, ElectionResults results, Guard guard, PageSupport support) {
        this.elections = elections;
        this.counting = counting;
        this.results = results;
        this.guard = guard;
        this.support = support;
    }

    @GetMapping("/elections/{id}/results")
    String results(@PathVariable long id, Model model) {
        ElectionView election = elections.get(id);
        TallyResult result = election.published() ? results.published(id).orElseThrow() : counting.preview(id);
        model.addAttribute("election", election);
        model.addAttribute("result", result);
        model.addAttribute("preview", !election.published());
        model.addAttribute("seat", guard.seat(id).orElse(null));
        return "election/results";
    }

    @GetMapping("/elections/{id}/projector")
    String projector(@PathVariable long id, Model model) {
        ElectionView election = elections.get(id);
        model.addAttribute("election", election);
        model.addAttribute("result", results.published(id).orElseThrow(() -> new NotFound("election", id)));
        return "election/projector";
    }

    @PostMapping("/elections/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return support.act("/elections/" + id + "/results", redirect, locale, "election.published", () -> {
            results.publish(id);
            return null;
        });
    }

    @PostMapping("/elections/{id}/next-round")
    String nextRound(@PathVariable long id, @RequestParam(defaultValue = "") String newNames,
            RedirectAttributes redirect, Locale locale) {
        return support.act("/elections/" + id, redirect, locale, "election.nextRoundStarted", () -> "/elections/"
                + results.nextRound(id, Arrays.stream(newNames.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
    }

    @PostMapping("/elections/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String on,
            @RequestParam(defaultValue = "") String decisionRef, RedirectAttributes redirect, Locale locale) {
        return support.act("/elections/" + id, redirect, locale, "election.approved", () -> {
            results.approve(id, DateFormats.parse("on", on), decisionRef);
            return null;
        });
    }

    @PostMapping("/elections/{id}/annul")
    String annul(@PathVariable long id, @RequestParam(defaultValue = "") String on,
            @RequestParam(defaultValue = "") String decisionRef, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect, Locale locale) {
        return support.act("/elections/" + id, redirect, locale, "election.annulled", () -> {
            results.annul(id, DateFormats.parse("on", on), decisionRef, reason);
            return null;
        });
    }
}
