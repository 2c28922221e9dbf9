package dev.penny.channels.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The configuration metadata IDEs read is generated, and documents every {@code penny.*} key of application.yml. */
class ConfigurationMetadataTest {

    @Test
    void every_penny_key_of_application_yml_is_in_the_generated_metadata() throws IOException {
        Map<String, JsonNode> metadata = metadataProperties();
        Set<String> documented = pennyKeys();

        assertThat(documented).as("application.yml's penny.* keys").hasSizeGreaterThan(40);
        assertThat(metadata.keySet()).containsAll(documented);
    }

    @Test
    void every_penny_property_has_a_type_and_a_description_from_its_javadoc() throws IOException {
        Map<String, JsonNode> metadata = metadataProperties();

        assertThat(metadata).isNotEmpty();
        assertThat(metadata).allSatisfy((name, property) -> {
            assertThat(property.path("type").asString()).as(name).isNotBlank();
            assertThat(property.path("description").asString())
                    .as(name)
                    .isNotBlank()
                    .doesNotContain("{@");
        });
        assertThat(metadata.get("penny.llm.base-url").path("description").asString())
                .contains("OpenAI");
    }

    private static Map<String, JsonNode> metadataProperties() throws IOException {
        try (InputStream json = resource("META-INF/spring-configuration-metadata.json")) {
            Map<String, JsonNode> properties = new HashMap<>();
            for (JsonNode property : JsonMapper.shared().readTree(json).path("properties")) {
                String name = property.path("name").asString();
                if (name.startsWith("penny.")) {
                    properties.put(name, property);
                }
            }
            return properties;
        }
    }

    private static Set<String> pennyKeys() throws IOException {
        try (InputStream yaml = resource("application.yml")) {
            Map<String, Object> root = new Yaml().load(yaml);
            Set<String> keys = new TreeSet<>();
            flatten("penny", root.get("penny"), keys);
            return keys;
        }
    }

    // A list is one property (penny.agents); its elements' fields are the list element type's business.
    private static void flatten(String prefix, Object value, Set<String> keys) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> flatten(prefix + "." + key, child, keys));
        } else {
            keys.add(prefix);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = ConfigurationMetadataTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(stream).as(name + " on the classpath").isNotNull();
        return stream;
    }
}
