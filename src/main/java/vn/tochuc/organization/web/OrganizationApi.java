package vn.tochuc.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.organization.Commands.Dissolve;
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.organization.Commands.Found;
import vn.tochuc.organization.Commands.Merge;
import vn.tochuc.organization.Commands.Move;
import vn.tochuc.organization.Commands.Rename;
import vn.tochuc.organization.Commands.Split;
import vn.tochuc.organization.Commands.SplitPart;
import vn.tochuc.organization.HistoryEntry;
import vn.tochuc.organization.Lineage;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.OrganizationView;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TreeChanges;
import vn.tochuc.organization.TreeNode;

/** The organisation tree as JSON. Dates are ISO (yyyy-MM-dd); {@code date} defaults to today. */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Tổ chức", description = "Cây tổ chức đảng, lịch sử và thay đổi")
class OrganizationApi {

    private final Organizations organizations;
    private final TreeChanges changes;

    OrganizationApi(Organizations organizations, TreeChanges changes) {
        this.organizations = organizations;
        this.changes = changes;
    }

    @GetMapping("/root")
    @Operation(summary = "Tổ chức gốc trong phạm vi của người dùng")
    OrganizationView root() {
        return organizations.scopeRoot();
    }

    @GetMapping("/{id}")
    OrganizationView get(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return date == null ? organizations.get(id) : organizations.getAsOf(id, date);
    }

    @GetMapping("/{id}/children")
    List<TreeNode> children(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return organizations.children(id, day(date));
    }

    @GetMapping("/{id}/tree")
    @Operation(summary = "Toàn bộ cây dưới một tổ chức, đúng như tại ngày đã cho")
    List<TreeNode> tree(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return organizations.tree(id, day(date));
    }

    @GetMapping("/{id}/counts")
    Map<OrganizationType, Integer> counts(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return organizations.countByType(id, day(date));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable long id) {
        return organizations.history(id);
    }

    @GetMapping("/{id}/lineage")
    List<Lineage> lineage(@PathVariable long id) {
        return organizations.lineage(id);
    }

    @GetMapping("/search")
    @Operation(summary = "Tìm theo tên, không phân biệt dấu")
    List<TreeNode> search(@RequestParam String q, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "50") int limit) {
        return organizations.search(q, day(date), limit);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OrganizationView found(@RequestBody FoundRequest request) {
        long id = changes.found(new Found(request.name(), request.code(), request.type(), required("parentId", request.parentId()), request.effect()));
        return organizations.getAsOf(id, request.effectiveOn());
    }

    @PostMapping("/{id}/rename")
    OrganizationView rename(@PathVariable long id, @RequestBody RenameRequest request) {
        changes.rename(new Rename(id, request.newName(), request.effect()), request.version());
        return organizations.get(id);
    }

    @PostMapping("/{id}/move")
    OrganizationView move(@PathVariable long id, @RequestBody MoveRequest request) {
        changes.move(new Move(id, required("newParentId", request.newParentId()), request.effect()), request.version());
        return organizations.get(id);
    }

    @PostMapping("/{id}/dissolve")
    OrganizationView dissolve(@PathVariable long id, @RequestBody ChangeRequest request) {
        changes.dissolve(new Dissolve(id, request.effect()), request.version());
        return organizations.get(id);
    }

    @PostMapping("/{id}/split")
    List<OrganizationView> split(@PathVariable long id, @RequestBody SplitRequest request) {
        return changes.split(new Split(id, request.parts(), request.effect())).stream()
                .map(part -> organizations.getAsOf(part, request.effectiveOn())).toList();
    }

    @PostMapping("/merge")
    OrganizationView merge(@RequestBody MergeRequest request) {
        Found newTarget = request.newTarget() == null ? null : new Found(request.newTarget().name(),
                request.newTarget().code(), request.newTarget().type(),
                required("newTarget.parentId", request.newTarget().parentId()), request.effect());
        long target = changes.merge(new Merge(request.sourceIds(), request.targetId(), newTarget, request.effect()));
        return organizations.getAsOf(target, request.effectiveOn());
    }

    private static long required(String field, Long value) {
        if (value == null) {
            throw new vn.tochuc.shared.DomainException(field, "error.required", field);
        }
        return value;
    }

    private LocalDate day(LocalDate date) {
        return date == null ? organizations.today() : date;
    }

    record FoundRequest(String name, String code, OrganizationType type, Long parentId, LocalDate effectiveOn,
            String decisionRef, Boolean planned) {
        Effect effect() {
            return new Effect(effectiveOn, decisionRef, Boolean.TRUE.equals(planned));
        }
    }

    record RenameRequest(String newName, LocalDate effectiveOn, String decisionRef, Boolean planned, Integer version) {
        Effect effect() {
            return new Effect(effectiveOn, decisionRef, Boolean.TRUE.equals(planned));
        }
    }

    record MoveRequest(Long newParentId, LocalDate effectiveOn, String decisionRef, Boolean planned, Integer version) {
        Effect effect() {
            return new Effect(effectiveOn, decisionRef, Boolean.TRUE.equals(planned));
        }
    }

    record ChangeRequest(LocalDate effectiveOn, String decisionRef, Boolean planned, Integer version) {
        Effect effect() {
            return new Effect(effectiveOn, decisionRef, Boolean.TRUE.equals(planned));
        }
    }

    record SplitRequest(List<SplitPart> parts, LocalDate effectiveOn, String decisionRef, Boolean planned) {
        Effect effect() {
            return new Effect(effectiveOn, decisionRef, Boolean.TRUE.equals(planned));
        }
    }

    record NewTarget(String name, String code, OrganizationType type, Long parentId) {
    }

    record MergeRequest(List<Long> sourceIds, Long targetId, NewTarget newTarget, LocalDate effectiveOn,
            String decisionRef, Boolean planned) {
        Effect effect() {
            return new Effect(effectiveOn, decisionRef, Boolean.TRUE.equals(planned));
        }
    }
}
