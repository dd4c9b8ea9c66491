package vn.tochuc.membership;

import vn.tochuc.shared.Audited;

/**
 * Published after every write to the admission pipeline or the admission targets; the summary names the person or
 * the organisation and the change, never sensitive data.
 *
 * @param entityType {@code admission_candidate} or {@code admission_target}
 */
public record AdmissionChanged(String action, String entityType, String entityId, long organizationId,
        String organizationPath, String summary) implements Audited {
}
