package dev.penny.core.desk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Canned responses in this process's memory. */
public final class InMemoryCannedResponses implements CannedResponses {

    private final Map<String, Map<String, CannedResponse>> byLocale = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean save(CannedResponse response) {
        Map<String, CannedResponse> locale = byLocale.computeIfAbsent(response.locale(), k -> new TreeMap<>());
        if (!locale.containsKey(response.shortcut()) && locale.size() >= MAX_PER_LOCALE) {
            throw new IllegalStateException("at most " + MAX_PER_LOCALE + " canned responses per locale");
        }
        return locale.put(response.shortcut(), response) == null;
    }

    @Override
    public synchronized List<CannedResponse> of(String locale) {
        return List.copyOf(byLocale.getOrDefault(locale, Map.of()).values());
    }

    @Override
    public synchronized Optional<CannedResponse> find(String locale, String shortcut) {
        return Optional.ofNullable(byLocale.getOrDefault(locale, Map.of()).get(shortcut));
    }

    @Override
    public synchronized boolean delete(String locale, String shortcut) {
        return byLocale.getOrDefault(locale, new TreeMap<>()).remove(shortcut) != null;
    }
}
