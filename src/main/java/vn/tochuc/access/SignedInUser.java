package vn.tochuc.access;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the security context after log-in. */
public record SignedInUser(long id, String username, String fullName, String passwordHash, Role role,
        long scopeOrganizationId, boolean enabled, boolean locked) implements UserDetails {

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

    /** The hash never leaves the authentication step. */
    public SignedInUser withoutPassword() {
        return new SignedInUser(id, username, fullName, "", role, scopeOrganizationId, enabled, locked);
    }
}
