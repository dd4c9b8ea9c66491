package vn.tochuc.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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
import vn.tochuc.access.Commands.CreateUser;
import vn.tochuc.access.Commands.UpdateUser;
import vn.tochuc.access.Role;
import vn.tochuc.access.UserAccount;
import vn.tochuc.access.UserAdministration;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.Organizations;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Messages;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Permission;

/** Account management inside the user's scope. */
@Controller
@RequestMapping("/users")
class UserPages {

    private final UserAdministration users;
    private final Organizations organizations;
    private final Actors actors;
    private final MessageSource messages;

    UserPages(UserAdministration users, Organizations organizations, Actors actors, MessageSource messages) {
        this.users = users;
        this.organizations = organizations;
        this.actors = actors;
        this.messages = messages;
    }

    record UserForm(String username, String fullName, String password, String role, Long scopeOrganizationId,
            Integer version, Boolean enabled) {
        Role roleValue() {
            return role == null || role.isBlank() ? null : Role.valueOf(role);
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("today", organizations.today());
        return "access/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        actors.current().require(Permission.USER_MANAGE);
        return form(model, new UserForm("", "", "", "CLERK", null, null, true), null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute UserForm form, Model model, HttpServletResponse response, RedirectAttributes redirect,
            Locale locale) {
        return attempt(model, form, null, response, redirect, locale, () -> users.create(new CreateUser(form.username(),
                form.fullName(), form.password(), form.roleValue(), form.scopeOrganizationId() == null ? 0 : form.scopeOrganizationId())));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount account = users.get(id);
        return form(model, new UserForm(account.username(), account.fullName(), "", account.role().name(),
                account.scopeOrganizationId(), account.version(), account.enabled()), account);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute UserForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        UserAccount account = users.get(id);
        return attempt(model, form, account, response, redirect, locale, () -> {
            users.update(new UpdateUser(id, form.version() == null ? -1 : form.version(), form.fullName(),
                    form.roleValue(), form.scopeOrganizationId() == null ? 0 : form.scopeOrganizationId(),
                    Boolean.TRUE.equals(form.enabled())));
            return id;
        });
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        users.unlock(id);
        redirect.addFlashAttribute("done", messages.getMessage("users.unlocked", null, locale));
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        UserAccount account = users.get(id);
        UserForm form = new UserForm(account.username(), account.fullName(), "", account.role().name(),
                account.scopeOrganizationId(), account.version(), account.enabled());
        return attempt(model, form, account, response, redirect, locale, () -> {
            users.resetPassword(id, password);
            return id;
        });
    }

    private String attempt(Model model, UserForm form, UserAccount account, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale, Supplier<Long> action) {
        try {
            long id = action.get();
            redirect.addFlashAttribute("done", messages.getMessage("users.saved", null, locale));
            return "redirect:/users/" + id;
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", Messages.of(messages, e, locale));
            return form(model, form, account);
        }
    }

    private String form(Model model, UserForm form, UserAccount account) {
        Role own = Role.valueOf(actors.current().role());
        List<Role> roles = Arrays.stream(Role.values()).filter(own::mayGrant).toList();
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("scopeEnded", account != null && account.scopeEndedBy(organizations.today()));
        model.addAttribute("roles", roles);
        model.addAttribute("scopes", organizations.ofTypes(EnumSet.allOf(OrganizationType.class).stream()
                .filter(t -> t != OrganizationType.CELL).collect(java.util.stream.Collectors.toSet()), organizations.today()));
        return "access/user";
    }
}
