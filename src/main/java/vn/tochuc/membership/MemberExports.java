package vn.tochuc.membership;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.membership.internal.CsvTableWriter;
import vn.tochuc.membership.internal.MemberStore;
import vn.tochuc.membership.internal.TableWriter;
import vn.tochuc.membership.internal.XlsxTableWriter;
import vn.tochuc.organization.OrganizationView;
import vn.tochuc.organization.Organizations;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Permission;
import vn.tochuc.shared.VietnameseNumbers;

/**
 * Member lists as XLSX or CSV files: the members of a subtree on a day, or a search result. The columns are
 * the import template's ({@link MemberColumn}), so an exported file imports again; ethnicity, religion and
 * citizen ID only for users with SENSITIVE_READ. Scope is checked here: a subtree outside it is not found.
 * Every export is written to the audit trail (who, how many, of which organisation), even when the download
 * breaks off half way.
 */
@Service
public class MemberExports {

    /** Search exports take the results the search gives, at most this many. */
    public static final int SEARCH_LIMIT = 1000;
    private static final int CHUNK = 500;
    private static final String SHEET = "Danh sách đảng viên";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    /** What is about to be written; the caller names the file from it and opens the stream. */
    public record Download(String title, ExportFormat format, int count) {
    }

    /** Opens the stream once every check has passed, so a refusal never starts a download. */
    @FunctionalInterface
    public interface Destination {
        OutputStream open(Download download) throws IOException;
    }

    private final Members members;
    private final MemberStore store;
    private final Organizations organizations;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    public MemberExports(Members members, MemberStore store, Organizations organizations, Actors actors,
            ApplicationEventPublisher events, MessageSource messages) {
        this.members = members;
        this.store = store;
        this.organizations = organizations;
        this.actors = actors;
        this.events = events;
        this.messages = messages;
    }

    /** The members of the subtree of {@code organizationId} on {@code day} (today when {@code null}). */
    @Transactional(noRollbackFor = UncheckedIOException.class)
    public int subtree(long organizationId, LocalDate day, ExportFormat format, Destination to) {
        Actor actor = reader();
        LocalDate on = day == null ? members.today() : day;
        OrganizationView organization = organizations.getAsOf(organizationId, on);
        List<MemberSummary> list = members.asOf(organizationId, on);
        String when = on.equals(members.today()) ? "" : " tại ngày " + DateFormats.format(on);
        events.publishEvent(new MembersExported(organization.id(), organization.path(), "Xuất danh sách "
                + VietnameseNumbers.grouped(list.size()) + " đảng viên của " + organization.name() + when + details(actor, format)));
        String title = "Danh sách đảng viên - " + organization.name() + " - " + on.format(FILE_DATE);
        write(list, on, actor, new Download(title, format, list.size()), to);
        return list.size();
    }

    /** The members {@link Members#search} finds for {@code query} (at most {@link #SEARCH_LIMIT}). */
    @Transactional(noRollbackFor = UncheckedIOException.class)
    public int search(String query, ExportFormat format, Destination to) {
        Actor actor = reader();
        List<MemberSummary> found = members.search(query, SEARCH_LIMIT);
        events.publishEvent(new MembersExported(actor.scopeOrganizationId(), actor.scopePath(), "Xuất "
                + VietnameseNumbers.grouped(found.size()) + " đảng viên tìm theo " + searchedFor(query) + details(actor, format)));
        LocalDate today = members.today();
        String title = "Kết quả tìm đảng viên - " + today.format(FILE_DATE);
        write(found, today, actor, new Download(title, format, found.size()), to);
        return found.size();
    }

    private Actor reader() {
        Actor actor = actors.current();
        if (!actor.can(Permission.READ)) {
            throw new Forbidden("error.forbidden.permission");
        }
        return actor;
    }

    /**
     * The search text for the audit trail, unless it holds a digit: it could then be a citizen ID, which never
     * enters the trail.
     */
    private static String searchedFor(String query) {
        String text = query == null ? "" : query.strip();
        if (text.chars().anyMatch(Character::isDigit)) {
            return "số (không ghi lại)";
        }
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
    }

    private static String details(Actor actor, ExportFormat format) {
        return " (" + format.name() + (actor.can(Permission.SENSITIVE_READ)
                ? ", có cột dân tộc, tôn giáo, số định danh cá nhân)" : ")");
    }

    private void write(List<MemberSummary> list, LocalDate day, Actor actor, Download download, Destination to) {
        List<MemberColumn> columns = MemberColumn.inOrder(actor.can(Permission.SENSITIVE_READ));
        Function<Enum<?>, String> labels = value -> messages.getMessage(
                "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null, VIETNAMESE);
        Map<Long, String> codes = new HashMap<>();
        try {
            OutputStream out = to.open(download);
            try (TableWriter table = download.format() == ExportFormat.XLSX ? new XlsxTableWriter(out, SHEET)
                    : new CsvTableWriter(out)) {
                table.header(columns.stream().map(MemberColumn::header).toList(),
                        columns.stream().map(MemberExportRows::width).toList());
                long number = 0;
                for (int from = 0; from < list.size(); from += CHUNK) {
                    List<MemberSummary> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
                    Map<Long, MemberStore.Row> rows = store.findAll(chunk.stream().map(MemberSummary::id).toList())
                            .stream().collect(Collectors.toMap(MemberStore.Row::id, row -> row));
                    for (MemberSummary member : chunk) {
                        String code = codes.computeIfAbsent(member.organizationId(), this::codeOf);
                        table.row(++number, MemberExportRows.cells(columns, member, rows.get(member.id()), code,
                                day, labels));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The organisation's code (it never changes); blank for one that has since left the user's scope. */
    private String codeOf(long organizationId) {
        try {
            return organizations.get(organizationId).code();
        } catch (NotFound e) {
            return "";
        }
    }
}
