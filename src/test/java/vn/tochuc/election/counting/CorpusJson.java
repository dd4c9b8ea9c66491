package vn.tochuc.election.counting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON mapping of the tally contract with Jackson 3, shared by the reference corpus and (later) the
 * HTTP tests. Unknown fields fail, except fields whose name starts with "_" (comments such as
 * {@code "_why"}), which are skipped.
 */
public final class CorpusJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addHandler(new SkipCommentFields())
            .build();

    private CorpusJson() {
    }

    /** Reads a request file (case.json). */
    public static TallyRequest readRequest(Path file) {
        return MAPPER.readValue(read(file), TallyRequest.class);
    }

    /** Reads any JSON file as a tree. */
    public static JsonNode readTree(Path file) {
        return MAPPER.readTree(read(file));
    }

    /** The result as the API would serialise it. */
    public static JsonNode toTree(TallyResult result) {
        return MAPPER.valueToTree(result);
    }

    /** The same tree with object fields sorted by name and "_" fields dropped: equal trees print equal. */
    public static String canonical(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(node));
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(e -> {
                if (!e.getKey().startsWith("_")) {
                    fields.put(e.getKey(), sorted(e.getValue()));
                }
            });
            ObjectNode copy = MAPPER.createObjectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = MAPPER.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips "_why" and any other field starting with "_"; every other unknown field stays an error. */
    private static final class SkipCommentFields extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             ValueDeserializer<?> deserializer, Object beanOrClass,
                                             String propertyName) {
            if (propertyName.startsWith("_")) {
                parser.skipChildren();
                return true;
            }
            return false;
        }
    }
}
