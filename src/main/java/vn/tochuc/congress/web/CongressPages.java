package vn.tochuc.congress.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.congress.CongressKind;
import vn.tochuc.congress.Congresses;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.Organizations;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Messages;
import vn.tochuc.shared.NotFound;

/** Congresses in the user's scope: list and record. The congress page itself lives with its elections. */
@Controller
@RequestMapping("/congresses")
class CongressPages {

    private final Congresses congresses;
    private final Organizations organizations;
    private final MessageSource messages;

    CongressPages(Congresses congresses, Organizations organizations, MessageSource messages) {
        this.congresses = congresses;
        this.organizations = organizations;
        this.messages = messages;
    }

    record CongressForm(Long organizationId, String kind, String name, String term, String opensOn, String closesOn,
            String place) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("congresses", congresses.inScope());
        return form(model, new CongressForm(null, "MEMBERS", "", "2025–2030", "", "", ""));
    }

    @PostMapping
    String record(@ModelAttribute CongressForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        try {
            long id = congresses.record(new Congresses.NewCongress(form.organizationId() == null ? 0 : form.organizationId(),
                    form.kind() == null || form.kind().isBlank() ? null : CongressKind.valueOf(form.kind()), form.name(),
                    form.term(), DateFormats.parse("opensOn", "congress.opensOn", form.opensOn()),
                    DateFormats.parse("closesOn", "congress.closesOn", form.closesOn()),
                    form.place()));
            redirect.addFlashAttribute("done", messages.getMessage("congress.recorded", null, locale));
            return "redirect:/congresses/" + id;
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", Messages.of(messages, e, locale));
            model.addAttribute("congresses", congresses.inScope());
            return form(model, form);
        }
    }

    private String form(Model model, CongressForm form) {
        model.addAttribute("form", form);
        model.addAttribute("organizations", organizations.ofTypes(EnumSet.of(OrganizationType.PROVINCIAL,
                OrganizationType.COMMUNE, OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.GRASSROOTS_CELL,
                OrganizationType.SUB_COMMITTEE, OrganizationType.CELL), organizations.today()));
        return "congress/list";
    }
}
