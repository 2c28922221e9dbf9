package dev.penny.channels.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextCustomizer;

class LocalLlmTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LocalLlmCustomizerFactory factory = new LocalLlmCustomizerFactory();

    @Test
    void the_application_gets_the_servers_url_and_the_server_stops_with_the_application() throws Exception {
        ContextCustomizer customizer = factory.createContextCustomizer(LocalLlmTest.class, List.of());
        String url;
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            customizer.customizeContext(context, null);
            context.refresh();
            LocalOpenAiServer server = context.getBean(LocalOpenAiServer.class);
            url = context.getEnvironment().getProperty("penny.llm.base-url");
            assertThat(url).isEqualTo(server.baseUrl());

            server.enqueue(LocalOpenAiServer.Reply.answer("Hello.", 3, 2));
            assertThat(ask(url).statusCode()).isEqualTo(200);
        }
        String closed = url;
        assertThatThrownBy(() -> ask(closed)).isInstanceOf(ConnectException.class);
    }

    @Test
    void each_test_class_has_an_application_of_its_own() {
        assertThat(factory.createContextCustomizer(LocalLlmTest.class, List.of()))
                .isEqualTo(factory.createContextCustomizer(LocalLlmTest.class, List.of()))
                .isNotEqualTo(factory.createContextCustomizer(OpenAiLlmClientIT.class, List.of()));
    }

    private static HttpResponse<String> ask(String baseUrl) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/chat/completions"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
