package vn.tochuc.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.tochuc.access.FirstRunSetup;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Messages;

/** One-time set-up of a production installation (root organisation and first administrator). */
@Controller
class SetupPage {

    private final FirstRunSetup setup;
    private final MessageSource messages;

    SetupPage(FirstRunSetup setup, MessageSource messages) {
        this.setup = setup;
        this.messages = messages;
    }

    record SetupForm(String code, String rootName, String rootCode, String rootType, String foundedOn, String username,
            String fullName, String password, String passwordAgain) {
    }

    @GetMapping("/setup")
    String form(Model model) {
        if (!setup.needed()) {
            return "redirect:/login";
        }
        model.addAttribute("form", new SetupForm("", "", "", "PROVINCIAL", "", "admin", "", "", ""));
        return "access/setup";
    }

    @PostMapping("/setup")
    String complete(@ModelAttribute SetupForm form, Model model, HttpServletResponse response, Locale locale) {
        try {
            if (form.password() == null || !form.password().equals(form.passwordAgain())) {
                throw new DomainException("passwordAgain", "access.error.passwordMismatch");
            }
            OrganizationType type = "CENTRAL".equals(form.rootType()) ? OrganizationType.CENTRAL : OrganizationType.PROVINCIAL;
            setup.complete(new FirstRunSetup.Setup(form.code(), form.rootName(), form.rootCode(), type,
                    DateFormats.parse("foundedOn", "org.founded", form.foundedOn()), form.username(), form.fullName(), form.password()));
            return "redirect:/login?setup";
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", Messages.of(messages, e, locale));
            model.addAttribute("form", new SetupForm(form.code(), form.rootName(), form.rootCode(), form.rootType(),
                    form.foundedOn(), form.username(), form.fullName(), "", ""));
            return "access/setup";
        }
    }
}
