package vn.tochuc.membership.internal;

import org.springframework.stereotype.Component;
import vn.tochuc.membership.MemberNumberRule;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.VietnameseText;

/** The default {@link MemberNumberRule}: free text up to 50 characters, printable, as open-source apps store it. */
@Component
class FreeTextNumbers implements MemberNumberRule {

    @Override
    public String check(String field, String value) {
        String text = VietnameseText.normalize(value);
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > 50 || text.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException(field, "member.error.number");
        }
        return text;
    }
}
