package vn.tochuc.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tochuc.PostgresTest;
import vn.tochuc.organization.TestOrganizations;

/** What a form log-in leaves in the HTTP session: the signed-in user, never their password hash. */
@PostgresTest
class SignInSessionTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;

    @Test
    void afterAFormLogInTheSessionHoldsThePrincipalWithoutItsPasswordHash() throws Exception {
        SignedInUser clerk = users.create(Role.CLERK, build.province());
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        MvcResult result = mvc.perform(post("/login").with(csrf())
                .param("username", clerk.username()).param("password", TestUsers.PASSWORD)).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        HttpSession session = result.getRequest().getSession(false);
        assertThat(session).isNotNull();
        SecurityContext saved = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(saved.getAuthentication().getPrincipal()).isInstanceOfSatisfying(SignedInUser.class, user -> {
            assertThat(user.id()).isEqualTo(clerk.id());
            assertThat(user.username()).isEqualTo(clerk.username());
            assertThat(user.passwordHash()).isNull();
            assertThat(user.getPassword()).isNull();
        });
        assertThat(saved.getAuthentication().getCredentials()).isNull();
    }
}
