package vn.tochuc.membership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.membership.AdmissionTargets;
import vn.tochuc.membership.Candidate;
import vn.tochuc.membership.CandidateStage;
import vn.tochuc.membership.Candidates;
import vn.tochuc.membership.Ethnicities;
import vn.tochuc.membership.Sex;
import vn.tochuc.membership.web.MemberForms.RecordForm;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.Organizations;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Messages;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.VietnameseNumbers;

/** The admission pipeline (candidates and their steps) and the admission targets with their progress. */
@Controller
@RequestMapping("/members")
class AdmissionPages {

    private final Candidates candidates;
    private final AdmissionTargets targets;
    private final Organizations organizations;
    private final MessageSource messages;

    AdmissionPages(Candidates candidates, AdmissionTargets targets, Organizations organizations,
            MessageSource messages) {
        this.candidates = candidates;
        this.targets = targets;
        this.organizations = organizations;
        this.messages = messages;
    }

    /** A candidate as typed. */
    record CandidateForm(String fullName, String sex, String birthDate, Long organizationId, String outstandingOn,
            Integer version) {

        static CandidateForm empty() {
            return new CandidateForm("", "", "", null, "", null);
        }

        static CandidateForm of(Candidate c) {
            return new CandidateForm(c.fullName(), c.sex().name(), DateFormats.format(c.birthDate()),
                    c.organizationId(), DateFormats.format(c.outstandingOn()), c.version());
        }

        Candidates.NewCandidate command() {
            return new Candidates.NewCandidate(fullName, sex == null || sex.isBlank() ? null : Sex.valueOf(sex),
                    DateFormats.parse("birthDate", "member.birthDate", birthDate), organizationId,
                    DateFormats.parse("outstandingOn", "candidate.outstandingOn", outstandingOn));
        }
    }

    /** One step as typed; at the ceremony the member record comes from the same request ({@link RecordForm}). */
    record StepForm(String stage, String on, String decisionRef, String reason, Integer version) {

        static StepForm empty() {
            return new StepForm("", "", "", "", null);
        }

        Candidates.Step step(RecordForm record) {
            CandidateStage to = stage == null || stage.isBlank() ? null : CandidateStage.valueOf(stage);
            return new Candidates.Step(to, DateFormats.parse("on", dateLabel(to), on), decisionRef, reason,
                    to == CandidateStage.ADMITTED ? record.record() : null);
        }

        /** The date's label as the step's form shows it. */
        private static String dateLabel(CandidateStage to) {
            return to == null || to == CandidateStage.OUTSTANDING ? "error.dateField"
                    : to == CandidateStage.DROPPED ? "candidate.droppedOn" : "candidate.stepDate." + to.name();
        }
    }

    @GetMapping("/candidates")
    String list(@RequestParam(required = false) Long organizationId, @RequestParam(defaultValue = "false") boolean all,
            Model model) {
        return listPage(model, organizationId, all, CandidateForm.empty());
    }

    @PostMapping("/candidates")
    String introduce(@ModelAttribute("form") CandidateForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        try {
            long id = candidates.introduce(form.command());
            redirect.addFlashAttribute("done", messages.getMessage("candidate.introduced", null, locale));
            return "redirect:/members/candidates/" + id;
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", Messages.of(messages, e, locale));
            return listPage(model, null, false, form);
        }
    }

    @GetMapping("/candidates/{id}")
    String show(@PathVariable long id, Model model) {
        Candidate c = candidates.get(id);
        return showPage(model, c, CandidateForm.of(c), StepForm.empty(), RecordForm.of(c));
    }

    @PostMapping("/candidates/{id}")
    String edit(@PathVariable long id, @ModelAttribute("form") CandidateForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        Candidate c = candidates.get(id);
        return attempt(response, model, redirect, locale, "editError", () -> {
            candidates.edit(id, form.version() == null ? -1 : form.version(), form.command());
            return "redirect:/members/candidates/" + id;
        }, () -> showPage(model, c, form, StepForm.empty(), RecordForm.of(c)));
    }

    @PostMapping("/candidates/{id}/steps")
    String step(@PathVariable long id, @ModelAttribute("stepForm") StepForm form,
            @ModelAttribute("record") RecordForm record, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        Candidate c = candidates.get(id);
        return attempt(response, model, redirect, locale, "stepError", () -> {
            Long member = candidates.advance(id, form.version() == null ? -1 : form.version(), form.step(record));
            return member == null ? "redirect:/members/candidates/" + id : "redirect:/members/" + member;
        }, () -> showPage(model, c, CandidateForm.of(c), form, record));
    }

    @GetMapping("/targets")
    String progress(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) Integer year,
            Model model) {
        long id = organizationId == null ? organizations.scopeRoot().id() : organizationId;
        int shownYear = year == null ? organizations.today().getYear() : year;
        model.addAttribute("progress", targets.progress(id, shownYear));
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(shownYear - 2, shownYear + 1).boxed()
                .toList());
        return "membership/targets";
    }

    @PostMapping("/targets")
    String setTarget(@RequestParam long organizationId, @RequestParam int year, @RequestParam(required = false) String quota,
            @RequestParam(required = false) Integer version, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        return attempt(response, model, redirect, locale, "error", () -> {
            Integer value = VietnameseNumbers.parse("quota", "target.quota", quota);
            if (value == null) {
                throw new DomainException("quota", "member.error.targetQuota");
            }
            targets.set(organizationId, year, value, version);
            return "redirect:/members/targets?organizationId=" + organizationId + "&year=" + year;
        }, () -> progress(organizationId, year, model));
    }

    /** Runs a change; a refusal comes back to the page with the reason (409 for a stale version, 422 otherwise). */
    private String attempt(HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale,
            String errorAttribute, Supplier<String> change, Supplier<String> page) {
        try {
            String next = change.get();
            redirect.addFlashAttribute("done", messages.getMessage("admission.saved", null, locale));
            return next;
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e instanceof Conflict ? 409 : 422);
            model.addAttribute(errorAttribute, Messages.of(messages, e, locale));
            return page.get();
        }
    }

    private String listPage(Model model, Long organizationId, boolean all, CandidateForm form) {
        model.addAttribute("candidates", candidates.list(organizationId, all));
        model.addAttribute("all", all);
        model.addAttribute("form", form);
        return choices(model, "membership/candidates");
    }

    private String showPage(Model model, Candidate c, CandidateForm form, StepForm step, RecordForm record) {
        model.addAttribute("candidate", c);
        model.addAttribute("form", form);
        model.addAttribute("stepForm", step);
        model.addAttribute("record", record);
        model.addAttribute("nextStage", c.stage().isOpen() ? c.stage().next() : null);
        return choices(model, "membership/candidate");
    }

    private String choices(Model model, String view) {
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ethnicities", Ethnicities.choices());
        model.addAttribute("organizations", organizations.ofTypes(EnumSet.of(OrganizationType.GRASSROOTS_CELL,
                OrganizationType.CELL, OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.SUB_COMMITTEE),
                organizations.today()));
        return view;
    }
}
