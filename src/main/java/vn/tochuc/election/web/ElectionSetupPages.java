package vn.tochuc.election.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.congress.Congresses;
import vn.tochuc.election.BoardRole;
import vn.tochuc.election.CandidateRoute;
import vn.tochuc.election.Counting;
import vn.tochuc.election.ElectionResults;
import vn.tochuc.election.ElectionView;
import vn.tochuc.election.Elections;
import vn.tochuc.election.internal.Guard;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.counting.Exclusion;
import vn.tochuc.shared.VietnameseNumbers;

/** The congress page with its elections, and the election page where staff prepare the list and the board. */
@Controller
class ElectionSetupPages {

    private final Congresses congresses;
    private final Elections elections;
    private final Counting counting;
    private final ElectionResults results;
    private final Guard guard;
    private final PageSupport support;

    ElectionSetupPages(Congresses congresses, Elections elections, Counting counting, ElectionResults results,
            Guard guard, PageSupport support) {
        this.congresses = congresses;
        this.elections = elections;
        this.counting = counting;
        this.results = results;
        this.guard = guard;
        this.support = support;
    }

    @GetMapping("/congresses/{id}")
    String congress(@PathVariable long id, Model model) {
        model.addAttribute("congress", congresses.get(id));
        model.addAttribute("elections", elections.forCongress(id));
        model.addAttribute("kinds", ElectionKind.values());
        return "election/congress";
    }

    @PostMapping("/congresses/{id}/elections")
    String define(@PathVariable long id, @RequestParam(required = false) ElectionKind kind,
            @RequestParam(defaultValue = "0") int seats, @RequestParam(defaultValue = "2") int entryPasses,
            @RequestParam(required = false) Integer maxSurplusPercent,
            @RequestParam(defaultValue = "false") boolean directSecretary,
            @RequestParam(defaultValue = "false") boolean useSerials, RedirectAttributes redirect, Locale locale) {
        return support.act("/congresses/" + id, redirect, locale, "election.defined", () -> "/elections/"
                + elections.define(new Elections.NewElection(id, kind, seats, directSecretary, maxSurplusPercent,
                        entryPasses, useSerials)));
    }

    @GetMapping("/elections/{id}")
    String election(@PathVariable long id, Model model, Locale locale) {
        ElectionView election = elections.get(id);
        model.addAttribute("election", election);
        model.addAttribute("candidates", elections.candidates(id));
        model.addAttribute("board", elections.board(id));
        model.addAttribute("issues", elections.check(id).stream()
                .map(i -> Map.entry(i.blocking(), support.issue(i, locale))).toList());
        model.addAttribute("exclusions", List.of(Exclusion.values()).stream()
                .filter(x -> x.congress() == election.congressKind()).toList());
        model.addAttribute("routes", CandidateRoute.values());
        model.addAttribute("roles", BoardRole.values());
        model.addAttribute("seat", guard.seat(id).orElse(null));
        model.addAttribute("progress", counting.progress(id));
        model.addAttribute("result", election.published() ? results.published(id).orElse(null) : null);
        return "election/election";
    }

    @PostMapping("/elections/{id}/candidates")
    String addCandidate(@PathVariable long id, @RequestParam String fullName,
            @RequestParam(defaultValue = "COMMITTEE_LIST") CandidateRoute route,
            @RequestParam(required = false) Integer approvals, @RequestParam(defaultValue = "true") boolean official,
            RedirectAttributes redirect, Locale locale) {
        return support.act("/elections/" + id, redirect, locale, "election.candidateAdded", () -> {
            elections.addCandidate(id, fullName, route, approvals, official);
            return null;
        });
    }

    @PostMapping("/elections/{id}/candidates/{candidateId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long candidateId, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect, Locale locale) {
        return support.act("/elections/" + id, redirect, locale, "election.candidateWithdrawn", () -> {
            elections.withdraw(id, candidateId, reason);
            return null;
        });
    }

    @PostMapping("/elections/{id}/participation")
    String participation(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect,
            Locale locale) {
        return support.act("/elections/" + id, redirect, locale, "election.participationSaved", () -> {
            Map<Exclusion, Integer> exclusions = new EnumMap<>(Exclusion.class);
            for (Exclusion x : Exclusion.values()) {
                Integer n = number(form, "ex_" + x.name(), "enum.Exclusion." + x.name());
                if (n != null) {
                    exclusions.put(x, n);
                }
            }
            String convened = "election.convened." + elections.get(id).congressKind().name();
            elections.setParticipation(id, new Elections.Participation(number(form, "convened", convened), exclusions,
                    number(form, "attendees", "election.attendees"), number(form, "presentAtVoting",
                            "election.presentAtVoting"), number(form, "officialMembers", "election.officialMembers")));
            return null;
        });
    }

    @PostMapping("/elections/{id}/board")
    String addBoardMember(@PathVariable long id, @RequestParam String fullName, @RequestParam BoardRole role,
            @RequestParam(defaultValue = "") String username, @RequestParam(required = false) Integer passNo,
            RedirectAttributes redirect, Locale locale) {
        return support.act("/elections/" + id, redirect, locale, "election.boardSaved", () -> {
            elections.addBoardMember(id, fullName, role, username, passNo);
            return null;
        });
    }

    @PostMapping("/elections/{id}/board/{memberId}/remove")
    String removeBoardMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect,
            Locale locale) {
        return support.act("/elections/" + id, redirect, locale, "election.boardSaved", () -> {
            elections.removeBoardMember(id, memberId);
            return null;
        });
    }

    @PostMapping("/elections/{id}/approve-list")
    String approveList(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return support.act("/elections/" + id, redirect, locale, "election.listApproved", () -> {
            elections.approveList(id);
            return null;
        });
    }

    @PostMapping("/elections/{id}/open-counting")
    String openCounting(@PathVariable long id, @RequestParam(required = false) Integer issued,
            @RequestParam(required = false) Integer returned, RedirectAttributes redirect, Locale locale) {
        return support.act("/elections/" + id, redirect, locale, "election.countingOpened", () -> {
            elections.openCounting(id, issued == null ? -1 : issued, returned == null ? -1 : returned);
            return null;
        });
    }

    private static Integer number(Map<String, String> form, String name, String label) {
        return VietnameseNumbers.parse(name, label, form.get(name));
    }
}
