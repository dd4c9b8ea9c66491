package vn.tochuc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tochuc.access.Role;
import vn.tochuc.organization.ChangeKind;
import vn.tochuc.organization.Level;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.shared.LegacyVietnamese;

/**
 * Every message key the code raises has a Vietnamese text and an English one, and both bundles hold
 * the same keys: a clerk never sees a bare key.
 */
class MessageKeysTests {

    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"((?:error|organization\\.error|access\\.error|member\\.error|candidate|work|target|admission)\\.[A-Za-z.]*[A-Za-z])\"");

    /** A form field's label handed to a parser that names the field in its message ("Ngày sinh"). */
    private static final Pattern LABEL_LITERAL =
            Pattern.compile("(?:DateFormats\\.parse|VietnameseNumbers\\.parse|number)\\((?:form, )?\"\\w+\", \"([A-Za-z.]+)\"");

    @Test
    void vietnameseAndEnglishBundlesHoldTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    /** A lone apostrophe in a message with arguments hides the rest of it ("member's {0}" shows "members {0}"). */
    @Test
    void everyMessageWithArgumentsShowsThemAll() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                java.util.regex.Matcher placeholders = java.util.regex.Pattern.compile("\\{(\\d)").matcher(pattern);
                int highest = -1;
                while (placeholders.find()) {
                    highest = Math.max(highest, Integer.parseInt(placeholders.group(1)));
                }
                if (highest < 0) {
                    continue;
                }
                Object[] arguments = new Object[highest + 1];
                for (int i = 0; i <= highest; i++) {
                    arguments[i] = 901 + i; // a number suits plain, number and choice placeholders alike
                }
                String shown = new java.text.MessageFormat(pattern, java.util.Locale.ROOT).format(arguments);
                for (int i = 0; i <= highest; i++) {
                    if (pattern.contains("{" + i + "}")) {
                        assertThat(shown).as(bundle + " " + key).contains(Integer.toString(901 + i));
                    }
                }
                assertThat(shown).as(bundle + " " + key).doesNotContainPattern("\\{\\d");
            }
        }
    }

    @Test
    void everyKeyRaisedInTheCodeHasATextInBothLanguages() throws IOException {
        Set<String> raised = keysInMainCode();
        assertThat(raised).contains("organization.error.childType", "error.notFound", "access.error.weakPassword",
                "member.birthDate", "target.quota", "election.attendees");
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(raised);
        assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(raised);
    }

    @Test
    void everyEnumValueShownOnScreenHasALabel() throws IOException {
        Properties vi = load("messages.properties");
        for (List<? extends Enum<?>> values : List.of(List.of(OrganizationType.values()), List.of(Level.values()),
                List.of(ChangeKind.values()), List.of(Role.values()),
                List.of(vn.tochuc.membership.CandidateStage.values()))) {
            for (Enum<?> value : values) {
                assertThat(vi.getProperty("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name()))
                        .as("label of %s.%s", value.getDeclaringClass().getSimpleName(), value).isNotBlank();
            }
        }
    }

    /**
     * The audit trail shows each action by its label: every action code a module writes (a literal in a class that
     * publishes events, or a prefix completed by an enum value) has one in both languages.
     */
    @Test
    void everyAuditActionTheCodeWritesHasALabel() throws IOException {
        Set<String> actions = auditActionsInMainCode();
        assertThat(actions).contains("CANDIDATE_INTRODUCED", "MEMBERS_EXPORTED", "MEMBER_TRANSFER", "CANDIDATE_DECISION",
                "ORGANIZATION_DISSOLVED", "ELECTION_APPROVED", "HOLIDAY_ADDED");
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(bundle);
            assertThat(actions).as("actions without a label in " + bundle)
                    .allSatisfy(action -> assertThat(messages.getProperty("audit.action." + action)).as(action).isNotBlank());
        }
    }

    /** Action prefixes the code completes with an enum value ({@code "MEMBER_" + kind.name()}). */
    private static final Map<String, List<? extends Enum<?>>> ACTION_PREFIXES = Map.of(
            "MEMBER_", List.of(vn.tochuc.membership.EventKind.values()),
            "ORGANIZATION_", List.of(ChangeKind.values()),
            // a candidate's case opens as CANDIDATE_INTRODUCED; each later step is written as its stage
            "CANDIDATE_", java.util.Arrays.stream(vn.tochuc.membership.CandidateStage.values())
                    .filter(stage -> stage != vn.tochuc.membership.CandidateStage.OUTSTANDING).toList());

    private static Set<String> auditActionsInMainCode() throws IOException {
        Pattern code = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)*_?)\"");
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                if (!text.contains("publishEvent(") && !text.contains("implements Audited")) {
                    continue;
                }
                Matcher m = code.matcher(text);
                while (m.find()) {
                    String found = m.group(1);
                    if (found.endsWith("_")) {
                        assertThat(ACTION_PREFIXES).as("prefix %s in %s", found, file).containsKey(found);
                        ACTION_PREFIXES.get(found).forEach(value -> actions.add(found + value.name()));
                    } else if (found.contains("_")) {
                        actions.add(found);
                    }
                }
            }
        }
        return actions;
    }

    @Test
    void everyLegacyEncodingHasANameInBothLanguages() throws IOException {
        for (LegacyVietnamese.Encoding encoding : LegacyVietnamese.Encoding.values()) {
            for (String bundle : List.of("messages.properties", "messages_en.properties")) {
                assertThat(load(bundle).getProperty("legacy.encoding." + encoding.name())).as("%s in %s", encoding, bundle)
                        .isNotBlank();
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageKeysTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keysInMainCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (Pattern pattern : List.of(KEY_LITERAL, LABEL_LITERAL)) {
                    Matcher m = pattern.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }
}
