package vn.tochuc.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.organization.Commands.Dissolve;
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.organization.Commands.Found;
import vn.tochuc.organization.Commands.Merge;
import vn.tochuc.organization.Commands.Move;
import vn.tochuc.organization.Commands.Rename;
import vn.tochuc.organization.Commands.Split;
import vn.tochuc.organization.Commands.SplitPart;
import vn.tochuc.organization.internal.OrganizationStore;
import vn.tochuc.organization.internal.VersionRow;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Permission;

/**
 * Changing the tree: found, rename, move, merge, split, dissolve — each with an effective date and a
 * decision reference, each kept as history and audited in the same transaction. Organising staff may
 * change what lies strictly below their own organisation; the organisation itself belongs to the level
 * above. An organisation that exists but lies outside the actor's subtree — whether it is changed, the
 * parent of a new one, the new parent of a move or the target of a merge — is refused as out of scope
 * ({@link Forbidden}, {@code error.forbidden.scope}); only an id that does not exist is {@link NotFound}.
 * Reads through {@link Organizations} report both as not found.
 */
@Service
@Transactional
public class TreeChanges {

    private final OrganizationStore store;
    private final Actors actors;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TreeRules rules;
    private final TreeMoves moves;
    private final org.springframework.beans.factory.ObjectProvider<MemberCounter> members;
    private final org.springframework.beans.factory.ObjectProvider<MergedMembers> mergedMembers;

    public TreeChanges(OrganizationStore store, Actors actors, Clock clock, ApplicationEventPublisher events,
            TreeRules rules, org.springframework.beans.factory.ObjectProvider<MemberCounter> members,
            org.springframework.beans.factory.ObjectProvider<MergedMembers> mergedMembers) {
        this.members = members;
        this.mergedMembers = mergedMembers;
        this.store = store;
        this.actors = actors;
        this.clock = clock;
        this.events = events;
        this.rules = rules;
        this.moves = new TreeMoves(store, rules);
    }

    public long found(Found command) {
        Actor actor = actors.current();
        LocalDate day = checkedDate(command.effect());
        VersionRow parent = inForce(command.parentId(), day, "parentId");
        VersionRow parentNow = store.latestVersion(parent.organizationId()).orElseThrow();
        if (!parentNow.path().equals(parent.path())) {
            // the parent moved after that day: the new organisation's place would be wrong from then on
            throw new DomainException("effectiveOn", "organization.error.parentMovedSince", parentNow.validFrom());
        }
        String name = rules.requireName(command.name());
        if (command.type() == null) {
            throw new DomainException("type", "organization.error.typeMissing");
        }
        rules.requireChildAllowed(parent.type(), command.type());
        rules.requireNotNewDistrictWork(command.type(), day);
        rules.requireNotNewDistrictWork(parent.type(), day);
        String code = command.code() == null || command.code().isBlank() ? null : command.code().strip();
        if (code != null && store.codeTaken(code)) {
            throw new DomainException("code", "organization.error.codeTaken", code);
        }
        long id = store.insertOrganization(code == null ? "tmp-" + java.util.UUID.randomUUID() : code, day);
        if (code == null) {
            store.assignCode(id, "TC" + id);
        }
        String path = parent.path() + id + "/";
        store.insertVersion(id, name, command.type(), parent.organizationId(), path, day);
        record(actor, id, path, ChangeKind.FOUNDED, command.effect(),
                "Thành lập " + name + " trực thuộc " + parent.name());
        return id;
    }

    /**
     * Founds the root of a new installation (the central level or a province). Only the system may do
     * this: at first set-up in production, or when the demo province is seeded.
     */
    public long foundRoot(String name, String code, OrganizationType type, LocalDate foundedOn) {
        Actor actor = actors.current();
        if (!actor.can(Permission.SYSTEM_ADMIN) || !"/".equals(actor.scopePath())) {
            throw new Forbidden("error.forbidden.permission");
        }
        if (type != OrganizationType.CENTRAL && type != OrganizationType.PROVINCIAL) {
            throw new DomainException("type", "organization.error.rootType");
        }
        String normalized = rules.requireName(name);
        if (code == null || code.isBlank() || store.codeTaken(code.strip())) {
            throw new DomainException("code", "organization.error.codeTaken", code);
        }
        Effect effect = Effect.on(foundedOn, null);
        checkedDate(effect);
        long id = store.insertOrganization(code.strip(), foundedOn);
        String path = "/" + id + "/";
        store.insertVersion(id, normalized, type, null, path, foundedOn);
        record(actor, id, path, ChangeKind.FOUNDED, effect, "Thành lập " + normalized);
        return id;
    }

    public void rename(Rename command, Integer expectedVersion) {
        Actor actor = actors.current();
        LocalDate day = checkedDate(command.effect());
        VersionRow current = governed(actor, command.organizationId());
        String name = rules.requireName(command.newName());
        rules.requireAfterLastChange(day, current.validFrom());
        rules.requireNotNewDistrictWork(current.type(), day);
        if (name.equals(current.name())) {
            throw new DomainException("newName", "organization.error.nameUnchanged");
        }
        lock(current.organizationId(), expectedVersion);
        moves.reopen(current, day, name, current.parentId(), current.path());
        record(actor, current.organizationId(), current.path(), ChangeKind.RENAMED, command.effect(),
                "Đổi tên " + current.name() + " thành " + name);
    }

    public void move(Move command, Integer expectedVersion) {
        Actor actor = actors.current();
        LocalDate day = checkedDate(command.effect());
        VersionRow current = governed(actor, command.organizationId());
        VersionRow newParent = inForce(command.newParentId(), day, "newParentId");
        rules.requireNotNewDistrictWork(newParent.type(), day);
        lock(current.organizationId(), expectedVersion);
        String newPath = moves.move(current, newParent, day);
        record(actor, current.organizationId(), newPath, ChangeKind.MOVED, command.effect(),
                "Điều chuyển " + current.name() + " về trực thuộc " + newParent.name());
    }

    public void dissolve(Dissolve command, Integer expectedVersion) {
        Actor actor = actors.current();
        LocalDate day = checkedDate(command.effect());
        VersionRow current = governed(actor, command.organizationId());
        rules.requireEndAfter(day, current.validFrom());
        rules.requireAfterLastChange(day, store.latestChangeUnder(current.path()).orElse(null));
        int children = store.children(current.organizationId(), day).size();
        if (children > 0) {
            throw new DomainException("organizationId", "organization.error.hasChildren", children);
        }
        requireNoMembers(current, day);
        lock(current.organizationId(), expectedVersion);
        store.closeVersion(current.id(), day);
        store.end(current.organizationId(), day, ChangeKind.DISSOLVED.name());
        record(actor, current.organizationId(), current.path(), ChangeKind.DISSOLVED, command.effect(),
                "Giải thể " + current.name());
    }

    /** Merges the sources into an existing organisation or a new one; their organisations move to it. */
    public long merge(Merge command) {
        Actor actor = actors.current();
        LocalDate day = checkedDate(command.effect());
        if (command.sourceIds() == null || command.sourceIds().stream().anyMatch(java.util.Objects::isNull)) {
            throw new DomainException("sourceIds", "organization.error.mergeSources");
        }
        Set<Long> sources = new LinkedHashSet<>(command.sourceIds());
        boolean intoNew = command.targetId() == null;
        if (sources.size() < (intoNew ? 2 : 1) || sources.size() != command.sourceIds().size()) {
            throw new DomainException("sourceIds", "organization.error.mergeSources");
        }
        List<VersionRow> rows = sources.stream().map(id -> governed(actor, id)).toList();
        long targetId = intoNew ? found(withEffect(command.newTarget(), command.effect())) : command.targetId();
        if (sources.contains(targetId)) {
            throw new DomainException("targetId", "organization.error.mergeIntoItself");
        }
        VersionRow target = inForce(targetId, day, "targetId");
        for (VersionRow source : rows) {
            if (source.type().level() != target.type().level()) {
                throw new DomainException("targetId", "organization.error.mergeLevel", source.name(), target.name());
            }
            endInto(actor, source, target, day, command.effect(), ChangeKind.MERGED_INTO, "MERGE",
                    "Sáp nhập " + source.name() + " vào " + target.name());
        }
        record(actor, target.organizationId(), target.path(), ChangeKind.MERGED, command.effect(),
                "Tiếp nhận sáp nhập " + String.join(", ", rows.stream().map(VersionRow::name).toList()));
        return targetId;
    }

    /** Splits an organisation into new ones under the same parent; each of its organisations goes to one part. */
    public List<Long> split(Split command) {
        Actor actor = actors.current();
        LocalDate day = checkedDate(command.effect());
        VersionRow current = governed(actor, command.organizationId());
        List<SplitPart> parts = command.parts() == null ? List.of() : command.parts();
        if (parts.size() < 2) {
            throw new DomainException("parts", "organization.error.splitParts");
        }
        if (parts.stream().anyMatch(java.util.Objects::isNull)) {
            throw new DomainException("parts", "organization.error.splitBlank");
        }
        Set<Long> children = new HashSet<>();
        store.children(current.organizationId(), day).forEach(c -> children.add(c.id()));
        Set<Long> assigned = new HashSet<>();
        for (SplitPart part : parts) {
            for (Long child : part.childIds()) {
                if (!children.contains(child) || !assigned.add(child)) {
                    throw new DomainException("parts", "organization.error.splitChild", child);
                }
            }
        }
        if (assigned.size() != children.size()) {
            throw new DomainException("parts", "organization.error.splitUnassigned", children.size() - assigned.size());
        }
        rules.requireEndAfter(day, current.validFrom());
        requireNoMembers(current, day);
        List<Long> created = parts.stream().map(part -> found(new Found(part.name(), part.code(),
                part.type() == null ? current.type() : part.type(), current.parentId(), command.effect()))).toList();
        for (int i = 0; i < parts.size(); i++) {
            VersionRow successor = inForce(created.get(i), day, "parts");
            for (Long child : parts.get(i).childIds()) {
                moves.move(inForce(child, day, "parts"), successor, day);
            }
            store.insertLineage(current.organizationId(), successor.organizationId(), "SPLIT", day,
                    command.effect().decisionRef());
            record(actor, successor.organizationId(), successor.path(), ChangeKind.SPLIT_FROM, command.effect(),
                    "Thành lập do chia tách " + current.name());
        }
        store.closeVersion(current.id(), day);
        store.end(current.organizationId(), day, ChangeKind.SPLIT.name());
        record(actor, current.organizationId(), current.path(), ChangeKind.SPLIT, command.effect(),
                "Chia tách " + current.name() + " thành " + parts.size() + " tổ chức");
        return created;
    }

    private void endInto(Actor actor, VersionRow source, VersionRow target, LocalDate day, Effect effect,
            ChangeKind kind, String lineageKind, String description) {
        rules.requireEndAfter(day, source.validFrom());
        rules.requireAfterLastChange(day, store.latestChangeUnder(source.path()).orElse(null));
        MergedMembers merged = mergedMembers.getIfAvailable();
        if (merged != null) {
            merged.transferAll(source.organizationId(), target.organizationId(), day, effect.decisionRef(),
                    description);
        }
        for (TreeNode child : store.children(source.organizationId(), day)) {
            moves.move(inForce(child.id(), day, "sourceIds"), target, day);
        }
        store.closeVersion(source.id(), day);
        store.end(source.organizationId(), day, kind == ChangeKind.MERGED_INTO ? "MERGED" : kind.name());
        store.insertLineage(source.organizationId(), target.organizationId(), lineageKind, day, effect.decisionRef());
        record(actor, source.organizationId(), source.path(), kind, effect, description);
    }

    /**
     * An organisation that is dissolved or split must not leave members filed in it on its last day: their party
     * activity is transferred first, on that day at the latest (a member's history is a list of dated events,
     * which only the membership module writes). A merger moves them itself ({@link MergedMembers}).
     */
    private void requireNoMembers(VersionRow org, LocalDate day) {
        MemberCounter counter = members.getIfAvailable();
        // filed there on its last day, or filed there now with a history that goes on after that day
        long count = counter == null ? 0
                : Math.max(counter.countDirectlyIn(org.organizationId(), day), counter.countFiledIn(org.organizationId()));
        if (count > 0) {
            throw new DomainException("organizationId", "organization.error.hasMembers", org.name(), count);
        }
    }

    private LocalDate checkedDate(Effect effect) {
        rules.requireEffectiveDate(effect, LocalDate.now(clock.withZone(DateFormats.ZONE)));
        return effect.effectiveOn();
    }

    /**
     * The open version of an organisation the actor governs (strictly below their own organisation):
     * not found when it does not exist, forbidden when it lies outside the scope or is the scope itself.
     */
    private VersionRow governed(Actor actor, long id) {
        VersionRow row = store.latestVersion(id).orElseThrow(() -> new NotFound("organization", id));
        actor.require(Permission.ORGANIZATION_WRITE, row.path());
        if (!actor.governs(row.path())) {
            throw new Forbidden("organization.error.ownOrganization");
        }
        if (!row.isOpen()) {
            throw new DomainException("organizationId", "organization.error.ended", row.name());
        }
        return row;
    }

    /** The version in force on {@code day} of an organisation a write refers to; it must lie in the scope. */
    private VersionRow inForce(long id, LocalDate day, String field) {
        VersionRow row = store.versionAt(id, day)
                .orElseThrow(() -> new DomainException(field, "organization.error.notInForce", id, day));
        actors.current().require(Permission.ORGANIZATION_WRITE, row.path());
        return row;
    }

    private void lock(long id, Integer expectedVersion) {
        if (!store.bumpVersion(id, expectedVersion)) {
            throw new Conflict("error.conflict");
        }
    }

    private void record(Actor actor, long id, String path, ChangeKind kind, Effect effect, String description) {
        store.insertEvent(id, kind, effect.effectiveOn(), effect.decisionRef(), description, effect.planned(),
                actor.username(), OffsetDateTime.now(clock));
        store.bumpVersion(id, null);
        String ref = effect.decisionRef() == null || effect.decisionRef().isBlank() ? "" : " (" + effect.decisionRef() + ")";
        events.publishEvent(new OrganizationChanged(kind, id, path,
                description + ", hiệu lực " + DateFormats.format(effect.effectiveOn()) + ref));
    }

    private static Found withEffect(Found found, Effect effect) {
        if (found == null) {
            throw new DomainException("newTarget", "organization.error.mergeTargetMissing");
        }
        return new Found(found.name(), found.code(), found.type(), found.parentId(), effect);
    }
}
