package io.tarikh.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns scraped article text into the text Tarikh serves: site boilerplate removed, paragraphs
 * that repeat an earlier one dropped, whitespace tidied. Every later offset refers to its output.
 */
public final class ArticleCleaner {

    /** Paragraphs shorter than this many words are never treated as contained teasers. */
    private static final int MIN_TEASER_WORDS = 6;

    private final BoilerplateRules rules;

    public ArticleCleaner(BoilerplateRules rules) {
        this.rules = rules;
    }

    /** The cleaned text and what was removed, for provenance. */
    public record Cleaned(String text, String headline, List<String> removed) {
    }

    public Cleaned clean(String raw) {
        List<String> kept = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        String headline = null;
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = tidy(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            String withoutBullet = stripBullet(line);
            String key = matchKey(withoutBullet);
            if (key.isEmpty()) {
                removed.add(line);
                continue;
            }
            String rule = rules.match(key);
            if (rule != null || isRepeat(key, keys)) {
                removed.add(line);
                continue;
            }
            if (kept.isEmpty() && isHeadline(line, lines, i)) {
                headline = line;
            }
            kept.add(withoutBullet);
            keys.add(key);
        }
        dropContainedTeasers(kept, keys, removed);
        return new Cleaned(String.join("\n", kept), headline, List.copyOf(removed));
    }

    /** A line repeats an earlier paragraph when their match keys are equal. */
    private static boolean isRepeat(String key, List<String> keys) {
        return keys.contains(key);
    }

    /**
     * Teasers repeat a sentence of the body word for word but shorter; drop a paragraph (never the
     * first) whose key is contained in a longer kept paragraph.
     */
    private static void dropContainedTeasers(List<String> kept, List<String> keys, List<String> removed) {
        for (int i = kept.size() - 1; i >= 1; i--) {
            String key = keys.get(i);
            if (key.split(" ").length < MIN_TEASER_WORDS) {
                continue;
            }
            for (int j = 0; j < keys.size(); j++) {
                if (j != i && keys.get(j).length() > key.length() && keys.get(j).contains(key)) {
                    removed.add(kept.remove(i));
                    keys.remove(i);
                    break;
                }
            }
        }
    }

    /** A first line with a blank line after it, short and without a closing full stop, is a headline. */
    private static boolean isHeadline(String line, String[] lines, int index) {
        boolean blankAfter = index + 1 < lines.length && lines[index + 1].isBlank();
        boolean shortLine = line.split("\\s+").length <= 20;
        boolean noFullStop = !line.endsWith(".");
        return blankAfter && shortLine && noFullStop;
    }

    private String stripBullet(String line) {
        int i = 0;
        while (i < line.length() && (rules.isBullet(line.charAt(i)) || Character.isWhitespace(line.charAt(i)))) {
            i++;
        }
        return i == 0 || i == line.length() ? line : line.substring(i);
    }

    /** Collapses runs of whitespace and trims; keeps every other character as written. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u200F\\u200E]+");

    private static String tidy(String line) {
        return SPACES.matcher(line).replaceAll(" ").strip();
    }

    /** Normalised letters and digits only, single-spaced: differences in punctuation and spacing vanish. */
    static String matchKey(String line) {
        String normalised = ArabicNormalizer.normalize(line);
        StringBuilder out = new StringBuilder(normalised.length());
        boolean space = false;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Document.isWordChar(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
