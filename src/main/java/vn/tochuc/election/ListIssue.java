package vn.tochuc.election;

import java.util.List;

/**
 * A failed check of the list or the board, with the rule it cites. Blocking issues stop the list from
 * being approved; the others are warnings the organising staff should read.
 *
 * @param key message key (messages.properties), resolved with {@code arguments}
 */
public record ListIssue(String key, boolean blocking, List<Object> arguments) {

    public static ListIssue error(String key, Object... arguments) {
        return new ListIssue(key, true, List.of(arguments));
    }

    public static ListIssue warning(String key, Object... arguments) {
        return new ListIssue(key, false, List.of(arguments));
    }
}
