package vn.tochuc.membership.importing;

import java.util.List;

/**
 * Where an import stands: progress while a pass runs, the report once validated, the count once imported.
 *
 * @param checked rows checked so far in the running pass; {@code total} the rows the file holds (an estimate)
 * @param organizationId where the imported members were filed when they all went to one organisation
 * @param failureKey why the job stopped (message key), when it failed
 */
public record ImportStatus(String id, String fileName, State state, long checked, long total, ImportReport report,
        long imported, Long organizationId, String failureKey, List<Object> failureArguments) {

    public enum State {
        VALIDATING,
        /** The report is ready; waiting for the user to confirm or cancel. */
        VALIDATED,
        IMPORTING,
        IMPORTED,
        CANCELLED,
        FAILED
    }

    public boolean running() {
        return state == State.VALIDATING || state == State.IMPORTING;
    }

    /** Progress in whole percent for the bar. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, checked * 100 / total);
    }
}
