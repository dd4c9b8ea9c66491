package vn.tochuc.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page is the user's own part of the tree. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/organizations";
    }
}
