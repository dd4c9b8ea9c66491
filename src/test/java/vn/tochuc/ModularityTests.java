package vn.tochuc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of DESIGN.md holds on every build: each module uses only the modules its
 * {@code package-info.java} allows, and only through their root packages (never {@code internal}).
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(TochucApplication.class);

    @Test
    void modulesUseOnlyTheApiOfTheModulesTheyAreAllowedToUse() {
        MODULES.verify();
    }

    @Test
    void everyCapabilityOfTheDesignIsItsOwnModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("shared", "organization", "access", "audit");
    }

    @Test
    void writesModuleDocumentationUnderTarget() throws IOException {
        Path output = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, output.toString()).writeDocumentation();

        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("components.puml", "module-organization.puml", "module-audit.adoc");
        }
    }
}
