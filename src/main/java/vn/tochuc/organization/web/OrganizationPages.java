package vn.tochuc.organization.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.organization.MemberCounter;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.OrganizationView;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TreeNode;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Messages;

/** The tree pages: browse and expand, search, an organisation's page, and the tree as of a date. */
@Controller
@RequestMapping("/organizations")
class OrganizationPages {

    private final Organizations organizations;
    private final ObjectProvider<MemberCounter> memberCounter;
    private final Actors actors;
    private final MessageSource messages;

    OrganizationPages(Organizations organizations, ObjectProvider<MemberCounter> memberCounter,
            Actors actors, MessageSource messages) {
        this.messages = messages;
        this.organizations = organizations;
        this.actors = actors;
        this.memberCounter = memberCounter;
    }

    @GetMapping
    String tree(@RequestParam(required = false) String day, Model model, Locale locale) {
        LocalDate asOf;
        try {
            asOf = day(day);
        } catch (DomainException e) {
            // a mistyped day keeps the page: today's tree, the message and what was typed
            model.addAttribute("error", Messages.of(messages, e, locale));
            model.addAttribute("typedDay", day);
            asOf = organizations.today();
        }
        OrganizationView root;
        try {
            root = organizations.getAsOf(organizations.scopeRoot().id(), asOf);
        } catch (DomainException e) {
            // one's own organisation did not exist that day (founded later, e.g. by a merger): say so, show today
            model.addAttribute("error", Messages.of(messages, e, locale));
            model.addAttribute("typedDay", day);
            asOf = organizations.today();
            root = organizations.getAsOf(organizations.scopeRoot().id(), asOf);
        }
        model.addAttribute("root", root);
        model.addAttribute("children", organizations.children(root.id(), asOf));
        model.addAttribute("day", asOf);
        model.addAttribute("isToday", asOf.equals(organizations.today()));
        return "organization/tree";
    }

    /** htmx fragment: the organisations directly under one, for expanding a node. */
    @GetMapping("/{id}/children")
    String children(@PathVariable long id, @RequestParam(required = false) String day, Model model) {
        LocalDate asOf = day(day);
        model.addAttribute("children", organizations.children(id, asOf));
        model.addAttribute("day", asOf);
        return "organization/tree :: nodes";
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String day,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        LocalDate asOf = day(day);
        List<TreeNode> results = organizations.search(q, asOf, 50);
        model.addAttribute("q", q);
        model.addAttribute("results", results);
        model.addAttribute("day", asOf);
        return htmx != null ? "organization/search :: results" : "organization/search";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String day, Model model) {
        OrganizationView org = day == null ? organizations.get(id) : organizations.getAsOf(id, day(day));
        LocalDate asOf = org.active() ? (day == null ? organizations.today() : day(day)) : org.endedOn().minusDays(1);
        model.addAttribute("org", org);
        model.addAttribute("day", asOf);
        model.addAttribute("children", organizations.children(id, asOf));
        model.addAttribute("counts", organizations.countByType(id, asOf));
        model.addAttribute("history", organizations.history(id));
        model.addAttribute("lineage", organizations.lineage(id));
        model.addAttribute("types", OrganizationType.values());
        String parentPath = org.path().substring(0, org.path().length() - (org.id() + "/").length());
        model.addAttribute("parentVisible", actors.current().sees(parentPath));
        MemberCounter counter = memberCounter.getIfAvailable();
        model.addAttribute("memberCount", counter == null ? 0L : counter.countUnder(org.path(), asOf));
        return "organization/show";
    }

    /** The whole subtree exactly as it stood on a day. */
    @GetMapping("/{id}/tree")
    String asOf(@PathVariable long id, @RequestParam(required = false) String day, Model model) {
        LocalDate asOf = day(day);
        model.addAttribute("org", organizations.getAsOf(id, asOf));
        model.addAttribute("nodes", organizations.tree(id, asOf));
        model.addAttribute("day", asOf);
        return "organization/as-of";
    }

    private LocalDate day(String text) {
        LocalDate parsed = DateFormats.parse("day", text);
        return parsed == null ? organizations.today() : parsed;
    }
}
