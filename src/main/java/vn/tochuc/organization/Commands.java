package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;
import vn.tochuc.shared.DomainException;

/** Commands that change the tree. Each carries its effective date and decision reference (số quyết định). */
public final class Commands {

    private Commands() {
    }

    /**
     * When and on whose decision a change takes effect. A date after today is refused unless the change
     * is marked as planned.
     */
    public record Effect(LocalDate effectiveOn, String decisionRef, boolean planned) {

        public static Effect on(LocalDate date, String decisionRef) {
            return new Effect(date, decisionRef, false);
        }
    }

    public record Found(String name, String code, OrganizationType type, long parentId, Effect effect) {
    }

    public record Rename(long organizationId, String newName, Effect effect) {
    }

    public record Move(long organizationId, long newParentId, Effect effect) {
    }

    /** Several organisations merged into an existing one ({@code targetId}) or into a new one ({@code newTarget}). */
    public record Merge(List<Long> sourceIds, Long targetId, Found newTarget, Effect effect) {
    }

    /**
     * One successor of a split, with the organisations under the old one that go to it. No list means
     * none go to it; a blank entry in the list is refused on {@code parts}.
     */
    public record SplitPart(String name, String code, OrganizationType type, List<Long> childIds) {

        public SplitPart {
            if (childIds != null && childIds.stream().anyMatch(java.util.Objects::isNull)) {
                throw new DomainException("parts", "organization.error.splitBlank");
            }
            childIds = childIds == null ? List.of() : List.copyOf(childIds);
        }
    }

    public record Split(long organizationId, List<SplitPart> parts, Effect effect) {
    }

    public record Dissolve(long organizationId, Effect effect) {
    }
}
