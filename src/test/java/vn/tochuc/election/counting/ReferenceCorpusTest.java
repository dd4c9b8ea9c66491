package vn.tochuc.election.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The reference corpus: each folder holds a request (case.json, with a "_why" comment) and the full
 * response (expected.json), computed by hand from the rules — QĐ 244-QĐ/TW Điều 17, 20, 32 (giữ nguyên
 * trong QĐ 190-QĐ/TW), QĐ 190-QĐ/TW Điều 14, QĐ 294-QĐ/TW. Invalid requests expect {@link InvalidTally}
 * with {"field", "messageContains"}.
 */
class ReferenceCorpusTest {

    static Stream<String> validCases() {
        return caseNames("elections").stream();
    }

    static Stream<String> invalidCases() {
        return caseNames("elections-invalid").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void tallyMatchesTheHandComputedResult(String name) {
        Path folder = folder("elections").resolve(name);
        TallyRequest request = CorpusJson.readRequest(folder.resolve("case.json"));
        JsonNode actual = CorpusJson.toTree(Tally.count(request));
        JsonNode expected = CorpusJson.readTree(folder.resolve("expected.json"));
        assertThat(CorpusJson.canonical(actual)).isEqualTo(CorpusJson.canonical(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void invalidRequestNamesTheField(String name) {
        Path folder = folder("elections-invalid").resolve(name);
        TallyRequest request = CorpusJson.readRequest(folder.resolve("case.json"));
        JsonNode expected = CorpusJson.readTree(folder.resolve("expected.json"));
        assertThatThrownBy(() -> Tally.count(request))
                .isInstanceOfSatisfying(InvalidTally.class, e -> {
                    assertThat(e.field()).isEqualTo(expected.get("field").asString());
                    assertThat(e.getMessage()).contains(expected.get("messageContains").asString());
                });
    }

    @Test
    void corpusHasEnoughCases() {
        assertThat(caseNames("elections")).hasSizeGreaterThanOrEqualTo(30);
        assertThat(caseNames("elections-invalid")).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyCaseExplainsWhyItExists() {
        for (String corpus : List.of("elections", "elections-invalid")) {
            for (String name : caseNames(corpus)) {
                JsonNode request = CorpusJson.readTree(folder(corpus).resolve(name).resolve("case.json"));
                assertThat(request.path("_why").asString()).as(corpus + "/" + name).isNotBlank();
            }
        }
    }

    private static List<String> caseNames(String corpus) {
        try (Stream<Path> folders = Files.list(folder(corpus))) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path folder(String corpus) {
        try {
            return Path.of(ReferenceCorpusTest.class.getResource("/" + corpus).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
