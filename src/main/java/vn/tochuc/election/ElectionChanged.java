package vn.tochuc.election;

import vn.tochuc.shared.Audited;

/**
 * Something about an election was recorded: setup, an entry, a resolution, publication. The summary
 * names the ballot number at most, never what a ballot said.
 */
public record ElectionChanged(String action, long electionId, long organizationId, String organizationPath,
        String summary) implements Audited {

    @Override
    public String entityType() {
        return "election";
    }

    @Override
    public String entityId() {
        return Long.toString(electionId);
    }
}
