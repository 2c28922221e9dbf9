package dev.penny.channels.replay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for an OpenAI-compatible LLM, on a loopback port, for the replay only: {@code POST
 * /v1/chat/completions} answers at once with the first FAQ entry of Penny's grounded prompt, and reports token usage
 * as a hosted model would bill it, counted as one token per {@value #CHARACTERS_PER_TOKEN} characters of the prompt's
 * messages and of the answer. It never declines, so every question Penny sends it costs what an answer costs.
 */
final class SimulatedLlm implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CHARACTERS_PER_TOKEN = 4;
    private static final String ENTRY = "\n### 1. ";

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(4);
    private final AtomicLong calls = new AtomicLong();

    SimulatedLlm() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::answer);
        server.setExecutor(handlers);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    long calls() {
        return calls.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            long promptCharacters = 0;
            String system = "";
            for (JsonNode message : request.path("messages")) {
                String content = message.path("content").asString("");
                promptCharacters += content.length();
                if (message.path("role").asString("").equals("system")) {
                    system = content;
                }
            }
            String answer = firstEntry(system);
            calls.incrementAndGet();
            byte[] body = JSON.writeValueAsBytes(completion(answer, tokens(promptCharacters), tokens(answer.length())));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** The answer of the first FAQ entry in the prompt: what a model grounded on it would mostly say. */
    static String firstEntry(String system) {
        int start = system.indexOf(ENTRY);
        if (start < 0) {
            return "I can help with questions about our services.";
        }
        int answer = system.indexOf('\n', start + ENTRY.length());
        int end = system.indexOf("\n### ", answer + 1);
        return system.substring(answer + 1, end < 0 ? system.length() : end).strip();
    }

    private static long tokens(long characters) {
        return (characters + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
    }

    private Map<String, Object> completion(String answer, long promptTokens, long completionTokens) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", answer);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", "stop");
        Map<String, Object> completion = new LinkedHashMap<>();
        completion.put("id", "chatcmpl-replay-" + calls.get());
        completion.put("object", "chat.completion");
        completion.put("created", 0);
        completion.put("model", "replay-simulated");
        completion.put("choices", List.of(choice));
        completion.put(
                "usage",
                Map.of(
                        "prompt_tokens", promptTokens,
                        "completion_tokens", completionTokens,
                        "total_tokens", promptTokens + completionTokens));
        return completion;
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
