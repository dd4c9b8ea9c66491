package vn.tochuc.membership.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.membership.WorkLists;
import vn.tochuc.organization.Organizations;

/** The clerk's work lists for the scope, or for a subtree of it. */
@Controller
class WorkListPages {

    static final int SHOWN = 200;

    private final WorkLists lists;
    private final Organizations organizations;

    WorkListPages(WorkLists lists, Organizations organizations) {
        this.lists = lists;
        this.organizations = organizations;
    }

    @GetMapping("/members/work")
    String work(@RequestParam(required = false) Long organizationId, Model model) {
        model.addAttribute("org", organizationId == null ? organizations.scopeRoot() : organizations.get(organizationId));
        model.addAttribute("work", lists.overview(organizationId, SHOWN));
        return "membership/work";
    }
}
