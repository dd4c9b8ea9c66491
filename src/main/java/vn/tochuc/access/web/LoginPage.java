package vn.tochuc.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.tochuc.access.FirstRunSetup;

/** The Vietnamese log-in page; before the first set-up it sends the visitor to the set-up page. */
@Controller
class LoginPage {

    private final FirstRunSetup setup;

    LoginPage(FirstRunSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/login")
    String login() {
        return setup.needed() ? "redirect:/setup" : "login";
    }
}
