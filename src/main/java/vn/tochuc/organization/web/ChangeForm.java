package vn.tochuc.organization.web;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;

/**
 * What the change forms post. Dates arrive as typed (dd/MM/yyyy) and are parsed here so that a wrong
 * date comes back to the form with a message instead of a bare 400.
 */
record ChangeForm(String name, String code, String type, String effectiveOn, String decisionRef, Boolean planned,
        Integer version, Long newParentId, List<Long> sourceIds, String target, Long targetId, List<String> partName,
        List<String> partCode, List<String> assignment) {

    static ChangeForm empty() {
        return new ChangeForm(null, null, null, null, null, false, null, null, List.of(), "new", null, List.of(),
                List.of(), List.of());
    }

    Effect effect() {
        return new Effect(DateFormats.parse("effectiveOn", "change.effectiveOn", effectiveOn), decisionRef == null ? null : decisionRef.strip(),
                Boolean.TRUE.equals(planned));
    }

    OrganizationType organizationType() {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return OrganizationType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new DomainException("type", "organization.error.typeMissing");
        }
    }

    /** The organisations ticked as merge sources (public: the form template reads it). */
    public List<Long> sources() {
        return sourceIds == null ? List.of() : sourceIds;
    }

    /** Child id → part index, from "childId:partIndex" values of the split form. */
    List<List<Long>> childrenByPart(int parts) {
        List<List<Long>> result = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            result.add(new ArrayList<>());
        }
        for (String pair : assignment == null ? List.<String>of() : assignment) {
            String[] bits = pair.split(":");
            int part = Integer.parseInt(bits[1]);
            if (part < 0 || part >= parts) {
                throw new DomainException("parts", "organization.error.splitChild", bits[0]);
            }
            result.get(part).add(Long.parseLong(bits[0]));
        }
        return result;
    }
}
