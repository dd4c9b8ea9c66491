package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refused change carries the message key, its arguments and the input field at fault. */
class DomainExceptionTests {

    @Test
    void carriesKeyArgumentsAndField() {
        var e = new DomainException("effectiveOn", "organization.error.dateInFuture", "01/01/2999");
        assertThat(e.key()).isEqualTo("organization.error.dateInFuture");
        assertThat(e.field()).isEqualTo("effectiveOn");
        assertThat(e.arguments()).containsExactly("01/01/2999");
        assertThat(e.getMessage()).isEqualTo("organization.error.dateInFuture");
    }

    @Test
    void aRuleOutsideAnyInputFieldHasNoField() {
        assertThat(new Conflict("error.conflict").field()).isNull();
        assertThat(new Forbidden("error.forbidden.scope").field()).isNull();
        assertThat(new NotFound("organization", 7L).key()).isEqualTo("error.notFound");
    }
}
