package dev.penny.channels.soak;

import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The soak's figures as indented JSON. */
final class SoakReport {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SoakReport() {}

    static String json(Map<String, Object> figures) {
        return JSON.writeValueAsString(figures);
    }
}
