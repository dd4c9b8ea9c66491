package vn.tochuc.organization.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
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
import jakarta.servlet.http.HttpServletResponse;
import vn.tochuc.organization.Commands.Dissolve;
import vn.tochuc.organization.Commands.Found;
import vn.tochuc.organization.Commands.Merge;
import vn.tochuc.organization.Commands.Move;
import vn.tochuc.organization.Commands.Rename;
import vn.tochuc.organization.Commands.Split;
import vn.tochuc.organization.Commands.SplitPart;
import vn.tochuc.organization.MemberCounter;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.OrganizationView;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TreeChanges;
import vn.tochuc.organization.TreeNode;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Messages;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Permission;

/**
 * The forms that change the tree. A refused change comes back to its form with the reason and the
 * input kept; nothing is written.
 */
@Controller
@RequestMapping("/organizations/{id}")
class TreeChangePages {

    private final Organizations organizations;
    private final TreeChanges changes;
    private final ObjectProvider<MemberCounter> memberCounter;
    private final Actors actors;
    private final MessageSource messages;

    TreeChangePages(Organizations organizations, TreeChanges changes, ObjectProvider<MemberCounter> memberCounter,
            Actors actors, MessageSource messages) {
        this.organizations = organizations;
        this.changes = changes;
        this.memberCounter = memberCounter;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/{change:found|rename|move|merge|split|dissolve}")
    String form(@PathVariable long id, @PathVariable String change, @RequestParam(defaultValue = "2") int parts,
            Model model) {
        actors.current().require(Permission.ORGANIZATION_WRITE, organizations.get(id).path());
        return render(id, change, ChangeForm.empty(), Math.min(Math.max(parts, 2), 10), model);
    }

    @PostMapping("/found")
    String found(@PathVariable long id, @ModelAttribute ChangeForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        return attempt(id, "found", form, 2, model, response, redirect, locale, () -> changes.found(
                new Found(form.name(), form.code(), form.organizationType(), id, form.effect())));
    }

    @PostMapping("/rename")
    String rename(@PathVariable long id, @ModelAttribute ChangeForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        return attempt(id, "rename", form, 2, model, response, redirect, locale, () -> {
            changes.rename(new Rename(id, form.name(), form.effect()), form.version());
            return id;
        });
    }

    @PostMapping("/move")
    String move(@PathVariable long id, @ModelAttribute ChangeForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        return attempt(id, "move", form, 2, model, response, redirect, locale, () -> {
            if (form.newParentId() == null) {
                throw new DomainException("newParentId", "organization.error.newParentMissing");
            }
            changes.move(new Move(id, form.newParentId(), form.effect()), form.version());
            return id;
        });
    }

    @PostMapping("/merge")
    String merge(@PathVariable long id, @ModelAttribute ChangeForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        return attempt(id, "merge", form, 2, model, response, redirect, locale, () -> {
            List<Long> sources = new ArrayList<>(List.of(id));
            form.sources().stream().filter(s -> s != id).forEach(sources::add);
            boolean intoNew = !"existing".equals(form.target());
            OrganizationView org = organizations.get(id);
            Found newTarget = intoNew ? new Found(form.name(), form.code(), org.type(), org.parentId(), form.effect()) : null;
            return changes.merge(new Merge(sources, intoNew ? null : form.targetId(), newTarget, form.effect()));
        });
    }

    @PostMapping("/split")
    String split(@PathVariable long id, @ModelAttribute ChangeForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        int parts = form.partName() == null ? 0 : form.partName().size();
        return attempt(id, "split", form, Math.max(parts, 2), model, response, redirect, locale, () -> {
            List<List<Long>> children = form.childrenByPart(parts);
            List<SplitPart> splitParts = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                String code = form.partCode() != null && form.partCode().size() > i ? form.partCode().get(i) : null;
                splitParts.add(new SplitPart(form.partName().get(i), code, null, children.get(i)));
            }
            return changes.split(new Split(id, splitParts, form.effect())).getFirst();
        });
    }

    @PostMapping("/dissolve")
    String dissolve(@PathVariable long id, @ModelAttribute ChangeForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        return attempt(id, "dissolve", form, 2, model, response, redirect, locale, () -> {
            changes.dissolve(new Dissolve(id, form.effect()), form.version());
            OrganizationView org = organizations.get(id);
            return org.parentId() == null ? id : org.parentId();
        });
    }

    private String attempt(long id, String change, ChangeForm form, int parts, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale, Supplier<Long> action) {
        try {
            long shown = action.get();
            redirect.addFlashAttribute("done", messages.getMessage("change.done." + change, null, locale));
            return "redirect:/organizations/" + shown;
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", Messages.of(messages, e, locale));
            model.addAttribute("errorField", e.field());
            return render(id, change, form, parts, model);
        }
    }

    private String render(long id, String change, ChangeForm form, int parts, Model model) {
        OrganizationView org = organizations.get(id);
        var today = organizations.today();
        model.addAttribute("org", org);
        model.addAttribute("form", form);
        model.addAttribute("change", change);
        model.addAttribute("parts", parts);
        switch (change) {
            case "found" -> model.addAttribute("childTypes", org.type().allowedChildren());
            case "move" -> model.addAttribute("parents", organizations.possibleParents(org.type(), today).stream()
                    .filter(p -> p.id() != id && p.id() != (org.parentId() == null ? -1 : org.parentId())
                            && !p.path().startsWith(org.path())).toList());
            case "merge" -> {
                model.addAttribute("siblings", org.parentId() == null ? List.<TreeNode>of()
                        : organizations.children(org.parentId(), today).stream()
                                .filter(s -> s.id() != id && s.type().level() == org.type().level()).toList());
                model.addAttribute("targets", organizations.ofTypes(sameLevel(org.type()), today).stream()
                        .filter(t -> t.id() != id).toList());
            }
            case "split" -> model.addAttribute("children", organizations.children(id, today));
            case "dissolve" -> {
                model.addAttribute("children", organizations.children(id, today));
                // told before the form is filled in: the dissolution is refused while members are filed here
                MemberCounter counter = memberCounter.getIfAvailable();
                model.addAttribute("membersFiled", counter == null ? 0L : counter.countDirectlyIn(id, today));
            }
            default -> { }
        }
        return "organization/change";
    }

    private static EnumSet<OrganizationType> sameLevel(OrganizationType type) {
        EnumSet<OrganizationType> set = EnumSet.noneOf(OrganizationType.class);
        for (OrganizationType t : OrganizationType.values()) {
            if (t.level() == type.level()) {
                set.add(t);
            }
        }
        return set;
    }
}
