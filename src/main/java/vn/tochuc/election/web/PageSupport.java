package vn.tochuc.election.web;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.election.ListIssue;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Messages;
import vn.tochuc.shared.NotFound;

/** Runs a page action and comes back to the page with what happened, in the user's language. */
@Component
class PageSupport {

    private final MessageSource messages;

    PageSupport(MessageSource messages) {
        this.messages = messages;
    }

    String act(String back, RedirectAttributes redirect, Locale locale, String doneKey, Supplier<String> action) {
        try {
            String target = action.get();
            redirect.addFlashAttribute("done", messages.getMessage(doneKey, null, locale));
            return "redirect:" + (target == null ? back : target);
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", Messages.of(messages, e, locale));
            return "redirect:" + back;
        }
    }

    String message(DomainException e, Locale locale) {
        return Messages.of(messages, e, locale);
    }

    String issue(ListIssue issue, Locale locale) {
        Object[] args = issue.arguments().stream().map(a -> Messages.display(messages, a, locale)).toArray();
        return messages.getMessage(issue.key(), args, issue.key(), locale);
    }
}
