package vn.tochuc.membership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
import vn.tochuc.membership.DisciplineForm;
import vn.tochuc.membership.Ethnicities;
import vn.tochuc.membership.EventKind;
import vn.tochuc.membership.MemberStatus;
import vn.tochuc.membership.MemberSummary;
import vn.tochuc.membership.MemberView;
import vn.tochuc.membership.Members;
import vn.tochuc.membership.web.MemberForms.EventForm;
import vn.tochuc.membership.web.MemberForms.RecordForm;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.OrganizationView;
import vn.tochuc.organization.Organizations;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Messages;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Permission;

/**
 * Member pages: search (posted, so a citizen ID never lands in a URL), members of an organisation on a day,
 * admission, and a member's record and history with the life-cycle form.
 */
@Controller
@RequestMapping("/members")
class MemberPages {

    private final Members members;
    private final Organizations organizations;
    private final Actors actors;
    private final MessageSource messages;

    MemberPages(Members members, Organizations organizations, Actors actors, MessageSource messages) {
        this.members = members;
        this.organizations = organizations;
        this.actors = actors;
        this.messages = messages;
    }

    /** Members shown per page of an organisation's list; the counts and the export cover the whole list. */
    static final int PAGE_SIZE = 100;

    @GetMapping
    String list(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) String day,
            @RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
        long id = organizationId == null ? organizations.scopeRoot().id() : organizationId;
        LocalDate asOf;
        try {
            asOf = day == null || day.isBlank() ? members.today() : DateFormats.parse("day", "member.day", day);
            organizations.getAsOf(id, asOf);
        } catch (DomainException e) {
            if (e instanceof NotFound && !e.key().startsWith("organization.error.")) {
                throw e; // no such organisation, or outside the scope: not found, as everywhere
            }
            // a mistyped day, or one outside the organisation's life: say so and show its last day in force
            model.addAttribute("error", Messages.of(messages, e, locale));
            model.addAttribute("typedDay", day);
            OrganizationView org = organizations.get(id);
            asOf = org.active() ? members.today() : org.endedOn().minusDays(1);
        }
        List<MemberSummary> list;
        try {
            list = members.asOf(id, asOf);
        } catch (DomainException e) {
            if (!"member.error.tooManyToList".equals(e.key())) {
                throw e;
            }
            // too many to list at once: the count, and the way down to a smaller organisation
            model.addAttribute("org", organizations.getAsOf(id, asOf));
            model.addAttribute("day", asOf);
            model.addAttribute("members", List.of());
            model.addAttribute("tooMany", members.countAsOf(id, asOf));
            model.addAttribute("maxListed", members.maxListed());
            model.addAttribute("q", "");
            return "membership/list";
        }
        int pages = Math.max(1, (list.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("org", organizations.getAsOf(id, asOf));
        model.addAttribute("day", asOf);
        model.addAttribute("members", list.subList((current - 1) * PAGE_SIZE, Math.min(list.size(), current * PAGE_SIZE)));
        model.addAttribute("total", list.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("probationary", list.stream().filter(m -> m.status() == MemberStatus.PROBATIONARY).count());
        model.addAttribute("q", "");
        return "membership/list";
    }

    /** Members listed for one search; when as many match, the page asks for more of the name. */
    static final int SEARCH_LIMIT = 200;

    @PostMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        // a citizen ID is not echoed into the page (it could sit in a cache or a screenshot)
        model.addAttribute("q", q.replaceAll("[\\s.]", "").matches("\\d{12}") ? "" : q);
        model.addAttribute("results", members.search(q, SEARCH_LIMIT));
        model.addAttribute("searchLimit", SEARCH_LIMIT);
        return "membership/list";
    }

    @GetMapping("/new")
    String admitForm(Model model) {
        actors.current().require(Permission.MEMBER_WRITE);
        return admitPage(model, RecordForm.empty());
    }

    @PostMapping
    String admit(@ModelAttribute RecordForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        try {
            long id = members.admit(new Members.NewMember(form.record(),
                    form.organizationId() == null ? 0 : form.organizationId(),
                    DateFormats.parse("decisionOn", "member.decisionOn", form.decisionOn()),
                    DateFormats.parse("ceremonyOn", "member.ceremonyOn", form.ceremonyOn()),
                    form.decisionRef()));
            redirect.addFlashAttribute("done", messages.getMessage("member.admitted", null, locale));
            return "redirect:/members/" + id;
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", Messages.of(messages, e, locale));
            return admitPage(model, form);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        MemberView member = members.get(id);
        return showPage(model, member, RecordForm.of(member), EventForm.empty(member.version()));
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute RecordForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        MemberView member = members.get(id);
        return attempt(id, "member.updated", "recordError", model, response, redirect, locale,
                () -> members.update(id, form.version() == null ? -1 : form.version(), form.record()),
                () -> showPage(model, member, form, EventForm.empty(member.version())));
    }

    @PostMapping("/{id}/events")
    String record(@PathVariable long id, @ModelAttribute EventForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        MemberView member = members.get(id);
        return attempt(id, "member.recorded", "eventError", model, response, redirect, locale,
                () -> members.record(id, form.version() == null ? -1 : form.version(), form.event()),
                () -> showPage(model, member, RecordForm.of(member), form));
    }

    /**
     * Runs a change to the member; a refusal comes back to the same page with its reason next to the form
     * that caused it and the typed input kept (409 for a stale version, 422 otherwise).
     */
    private String attempt(long id, String doneKey, String errorAttribute, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale, Runnable change, java.util.function.Supplier<String> page) {
        try {
            change.run();
            redirect.addFlashAttribute("done", messages.getMessage(doneKey, null, locale));
            return "redirect:/members/" + id;
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e instanceof vn.tochuc.shared.Conflict ? 409 : 422);
            model.addAttribute(errorAttribute, Messages.of(messages, e, locale));
            return page.get();
        }
    }

    private String showPage(Model model, MemberView member, RecordForm recordForm, EventForm eventForm) {
        model.addAttribute("member", member);
        model.addAttribute("history", members.history(member.id()));
        model.addAttribute("form", recordForm);
        model.addAttribute("eventForm", eventForm);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("disciplines", DisciplineForm.values());
        return choices(model, "membership/show");
    }

    private String admitPage(Model model, RecordForm form) {
        model.addAttribute("form", form);
        return choices(model, "membership/admit");
    }

    private String choices(Model model, String view) {
        model.addAttribute("ethnicities", Ethnicities.choices());
        model.addAttribute("sexes", vn.tochuc.membership.Sex.values());
        model.addAttribute("organizations", organizations.ofTypes(EnumSet.of(OrganizationType.GRASSROOTS_CELL,
                OrganizationType.CELL, OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.SUB_COMMITTEE),
                organizations.today()));
        return view;
    }
}
