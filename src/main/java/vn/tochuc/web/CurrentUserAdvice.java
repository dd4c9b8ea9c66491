package vn.tochuc.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;

/** Puts the signed-in user and their permissions on every page for the menu and the buttons. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

    private final Actors actors;

    CurrentUserAdvice(Actors actors) {
        this.actors = actors;
    }

    @ModelAttribute("me")
    Actor me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser)) {
            return null;
        }
        return actors.current();
    }

    @ModelAttribute("myName")
    String myName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user.fullName() : null;
    }
}
