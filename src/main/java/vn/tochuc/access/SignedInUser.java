package vn.tochuc.access;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the security context after log-in. It is a class, not a record, because Spring
 * Security erases its credentials ({@link #eraseCredentials()}) once the password has been checked: the
 * hash is needed for that check and must not then live on in the HTTP session. Two instances are the same
 * user when id and username agree.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String fullName;
    private String passwordHash;
    private final Role role;
    private final long scopeOrganizationId;
    private final boolean enabled;
    private final boolean locked;

    public SignedInUser(long id, String username, String fullName, String passwordHash, Role role,
            long scopeOrganizationId, boolean enabled, boolean locked) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.scopeOrganizationId = scopeOrganizationId;
        this.enabled = enabled;
        this.locked = locked;
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    /** The stored hash while logging in; {@code null} once the credentials have been erased. */
    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public long scopeOrganizationId() {
        return scopeOrganizationId;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean locked() {
        return locked;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Called by Spring Security after a successful log-in: the hash is not kept in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** The hash never leaves the authentication step. */
    public SignedInUser withoutPassword() {
        return new SignedInUser(id, username, fullName, "", role, scopeOrganizationId, enabled, locked);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && id == that.id && Objects.equals(username, that.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, username);
    }

    /** Never shows the hash. */
    @Override
    public String toString() {
        return "SignedInUser[id=" + id + ", username=" + username + ", role=" + role + ", scopeOrganizationId="
                + scopeOrganizationId + ", enabled=" + enabled + ", locked=" + locked + "]";
    }
}
