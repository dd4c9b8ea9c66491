package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: the call must be refused with a {@link DomainException} of the given type, returned for more checks. */
public final class Refusals {

    private Refusals() {
    }

    public static <T extends DomainException> T refused(Class<T> type, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected the call to be refused with %s", type.getSimpleName()).isInstanceOf(type);
        return type.cast(thrown);
    }

    public static DomainException refused(ThrowingCallable call) {
        return refused(DomainException.class, call);
    }
}
