package io.tarikh.text;

/**
 * Folds Arabic spelling variants so that text can be matched regardless of orthography:
 * hamza carriers, taa marbuta, alef maqsura, diacritics, tatweel and Arabic-Indic digits.
 * The folded form is for matching only; what is served is always the original text.
 */
public final class ArabicNormalizer {

    private ArabicNormalizer() {
    }

    /** The folded form of {@code s}; it may be shorter than {@code s}, never longer. */
    public static String normalize(String s) {
        return normalizeWithOffsets(s).text();
    }

    /** The folded form of {@code s} with, for every folded character, its index in {@code s}. */
    /** Each of {@code words} folded (and stripped), as a set: how word lists from the YAML files are compared with text; none for null. */
    public static java.util.Set<String> normalizeAll(java.util.Collection<String> words) {
        return words == null ? java.util.Set.of()
                : words.stream().map(w -> normalize(w.strip())).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public static NormalizedText normalizeWithOffsets(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length() + 1];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char folded = fold(s.charAt(i));
            if (folded == DROP) {
                continue;
            }
            out.append(folded);
            origin[n++] = i;
        }
        origin[n] = s.length();
        int[] trimmed = new int[n + 1];
        System.arraycopy(origin, 0, trimmed, 0, n);
        trimmed[n] = s.length();
        return new NormalizedText(out.toString(), trimmed);
    }

    /**
     * Final letters a transliterated name is written with either way (أستانا / أستانة, أنقرة /
     * أنقرا): folded ه (taa marbuta) and ا. Only words of at least this many letters vary, so that
     * short function words keep their one spelling.
     */
    private static final String VARYING_FINALS = "ها";
    private static final int MIN_VARYING_LENGTH = 4;
    /** A phrase of many such words has too many spellings to look up: variants stop here. */
    private static final int MAX_VARIANTS = 8;

    /**
     * The spellings of a folded word or phrase that transliteration makes equivalent, the
     * phrase itself first: every word of at least four letters ending in folded taa marbuta (ه)
     * may end in alef instead and the other way round ("استانه" → "استانه", "استانا").
     */
    public static java.util.List<String> spellingVariants(String folded) {
        java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of(folded));
        String[] words = folded.split(" ", -1);
        for (int w = 0; w < words.length && out.size() < MAX_VARIANTS; w++) {
            String word = words[w];
            int last = word.length() - 1;
            if (word.length() < MIN_VARYING_LENGTH || VARYING_FINALS.indexOf(word.charAt(last)) < 0) {
                continue;
            }
            char other = VARYING_FINALS.charAt(1 - VARYING_FINALS.indexOf(word.charAt(last)));
            int known = out.size();
            for (int i = 0; i < known && out.size() < MAX_VARIANTS; i++) {
                String[] parts = out.get(i).split(" ", -1);
                parts[w] = parts[w].substring(0, last) + other;
                out.add(String.join(" ", parts));
            }
        }
        return java.util.List.copyOf(out);
    }

    /** Converts Arabic-Indic and Eastern Arabic-Indic digits to ASCII digits; other characters unchanged. */
    public static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(isArabicDigit(c) ? (char) ('0' + digitValue(c)) : c);
        }
        return out.toString();
    }

    private static final char DROP = '\uFFFF';

    /** A mark written on or after a letter, part of its word: harakat, superscript alef, tatweel. */
    public static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    static char fold(char c) {
        if (isMark(c) || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F') {
            return DROP; // harakat, superscript alef, tatweel, joiners and direction marks
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ':
                return 'ا';
            case 'ؤ':
                return 'و';
            case 'ئ', 'ى':
                return 'ي';
            case 'ة':
                return 'ه';
            case '\u00A0':
                return ' ';
            default:
                break;
        }
        if (isArabicDigit(c)) {
            return (char) ('0' + digitValue(c));
        }
        if (c >= '\u0600' && c <= '\u06FF') {
            return c; // Arabic has no case: spare the per-character table look-up of toLowerCase
        }
        return Character.toLowerCase(c);
    }

    private static boolean isArabicDigit(char c) {
        return (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }

    private static int digitValue(char c) {
        return c >= '\u06F0' ? c - '\u06F0' : c - '\u0660';
    }

    /**
     * A folded text and the map back to the original: {@code origin[i]} is the index in the
     * original of folded character {@code i}; {@code origin[text.length()]} is the original length.
     */
    public record NormalizedText(String text, int[] origin) {

        /** Original index where a match starting at folded index {@code start} begins. */
        public int originalStart(int start) {
            return origin[start];
        }

        /** Original (exclusive) index where a match ending at folded index {@code end} (exclusive) ends. */
        public int originalEnd(int end) {
            return end == 0 ? 0 : origin[end - 1] + 1;
        }
    }
}
