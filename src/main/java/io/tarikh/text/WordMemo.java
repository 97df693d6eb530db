package io.tarikh.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a function gives for a word, remembered: a language repeats its words, and every word of every text is
 * asked about. Shared by the texts analysed in parallel; emptied when it reaches its limit, as an open vocabulary
 * must not grow memory without bound.
 */
public final class WordMemo<V> {

    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final int limit;
    private final Function<String, V> compute;

    public WordMemo(int limit, Function<String, V> compute) {
        this.limit = limit;
        this.compute = compute;
    }

    public V get(String word) {
        V known = values.get(word);
        if (known != null) {
            return known;
        }
        V computed = compute.apply(word);
        if (values.size() >= limit) {
            values.clear();
        }
        values.put(word, computed);
        return computed;
    }
}
