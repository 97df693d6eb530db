package io.tarikh.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits cleaned article text into sentences, keeping exact offsets. A full stop between digits
 * (17.9.2018) or inside an ellipsis does not end a sentence; a line break always does.
 */
public final class SentenceSplitter {

    /** A sentence: {@code text.substring(start, end)}, trimmed of surrounding spaces. */
    public record Sentence(int start, int end, String text) {
    }

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\n') {
                add(text, start, i, sentences);
                start = ++i;
            } else if (isTerminal(text, i)) {
                i = endOfTerminalRun(text, i);
                add(text, start, i, sentences);
                start = i;
            } else {
                i++;
            }
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    /** Whether {@code c} can end a sentence (a full stop between digits aside, see {@link #split}). */
    public static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n';
    }

    private static boolean isTerminal(String text, int i) {
        char c = text.charAt(i);
        if (c == '!' || c == '?' || c == '؟') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
        boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        return !(digitBefore && digitAfter);
    }

    /** Index just after a run of terminal punctuation and any closing quotes or brackets. */
    private static int endOfTerminalRun(String text, int i) {
        int j = i;
        while (j < text.length() && ".!?؟\"”’»)]".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }
}
