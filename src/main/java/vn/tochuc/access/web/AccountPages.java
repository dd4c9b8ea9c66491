package vn.tochuc.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.access.ApiTokens;
import vn.tochuc.access.Commands.ChangePassword;
import vn.tochuc.access.UserAdministration;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Messages;

/** The signed-in user's own account: password change and personal API tokens. */
@Controller
class AccountPages {

    private final UserAdministration users;
    private final ApiTokens tokens;
    private final MessageSource messages;

    AccountPages(UserAdministration users, ApiTokens tokens, MessageSource messages) {
        this.users = users;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("tokens", tokens.mine());
        return "access/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
            @RequestParam String newPasswordAgain, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        try {
            if (!newPassword.equals(newPasswordAgain)) {
                throw new DomainException("newPasswordAgain", "access.error.passwordMismatch");
            }
            users.changeOwnPassword(new ChangePassword(currentPassword, newPassword));
            redirect.addFlashAttribute("done", messages.getMessage("account.passwordChanged", null, locale));
            return "redirect:/account";
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", Messages.of(messages, e, locale));
            return account(model);
        }
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam String label, Model model, HttpServletResponse response, Locale locale) {
        try {
            model.addAttribute("newToken", tokens.create(label));
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", Messages.of(messages, e, locale));
        }
        return account(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id) {
        tokens.revoke(id);
        return "redirect:/account";
    }
}
