package vn.tochuc.access.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.access.Commands.CreateUser;
import vn.tochuc.access.Commands.UpdateUser;
import vn.tochuc.access.Role;
import vn.tochuc.access.UserAccount;
import vn.tochuc.access.UserAdministration;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;

/** Accounts as JSON, with the same scope rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tài khoản", description = "Tài khoản người dùng trong phạm vi quản lý")
class UserApi {

    private final UserAdministration users;
    private final Actors actors;

    UserApi(UserAdministration users, Actors actors) {
        this.users = users;
        this.actors = actors;
    }

    @GetMapping("/me")
    Map<String, Object> me() {
        Actor actor = actors.current();
        return Map.of("username", actor.username(), "role", actor.role(),
                "scopeOrganizationId", actor.scopeOrganizationId(), "permissions", actor.permissions());
    }

    @GetMapping("/users")
    List<UserAccount> list() {
        return users.list();
    }

    @GetMapping("/users/{id}")
    UserAccount get(@PathVariable long id) {
        return users.get(id);
    }

    record NewUser(String username, String fullName, String password, Role role, Long scopeOrganizationId) {
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserAccount create(@RequestBody NewUser request) {
        return users.get(users.create(new CreateUser(request.username(), request.fullName(), request.password(),
                request.role(), request.scopeOrganizationId() == null ? 0 : request.scopeOrganizationId())));
    }

    record ChangedUser(Integer version, String fullName, Role role, Long scopeOrganizationId, Boolean enabled) {
    }

    @PutMapping("/users/{id}")
    UserAccount update(@PathVariable long id, @RequestBody ChangedUser request) {
        users.update(new UpdateUser(id, request.version() == null ? -1 : request.version(), request.fullName(),
                request.role(), request.scopeOrganizationId() == null ? 0 : request.scopeOrganizationId(),
                !Boolean.FALSE.equals(request.enabled())));
        return users.get(id);
    }
}
