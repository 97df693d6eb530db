package io.tarikh.text;

import java.util.regex.Pattern;

/**
 * The dateline of agency copy: "الجزائر - 14 ديسمبر 2019 (واج) - أعلن ...", "الكويت في 15 يناير /قنا/ - ...",
 * "دمشق، 3 آذار (سانا) -". Its date is the day the dispatch was filed, not when anything it reports happened:
 * "أعلن ... أمس الجمعة" under a Saturday dateline happened on Friday.
 */
public final class Datelines {

    /** At a paragraph's start: a place of one or two words ("رام الله"), then a dash or comma, or "في", before the date. */
    private static final Pattern BEFORE = Pattern.compile("^\\s*(?:[\\p{L}\\p{M}]+\\s*){1,2}(?:[-–—،,/]\\s*)?(?:في\\s+)?$");
    /** After the date: the agency in brackets or slashes, if any, then the dash or colon that opens the lead. */
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:\\([^()\\n]{1,30}\\)|/[^/\\n]{1,30}/)?\\s*[-–—:]");
    /** A byline: at most four words (names, dashes, slashes, quotes), no sentence's punctuation, no figures. */
    private static final Pattern BYLINE = Pattern.compile("^(?:[\\p{L}\\p{M}«»\"'()]+(?:\\s*[-–—/|،,]\\s*|\\s+|$)){1,4}$");
    /** Datelines are short: the date stands within this many characters of the paragraph's start. */
    private static final int MAX_OFFSET = 60;
    /** And at the top: the headline's line, then the dateline's. */
    private static final int MAX_PARAGRAPH = 2;

    private Datelines() {
    }

    /**
     * Whether [start, end) of {@code text} is the date of a dateline: written in figures ("14 ديسمبر 2019",
     * "21-11-2021"), at the start of one of the first paragraphs.
     */
    public static boolean isDatelineDate(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end || text.substring(start, end).chars().noneMatch(Character::isDigit)) {
            return false;
        }
        int paragraph = text.lastIndexOf('\n', start - 1) + 1;
        if (start - paragraph > MAX_OFFSET || linesBefore(text, paragraph, MAX_PARAGRAPH) >= MAX_PARAGRAPH) {
            return false;
        }
        String after = text.substring(end, Math.min(text.length(), end + 40));
        return BEFORE.matcher(text.substring(paragraph, start)).matches() && AFTER.matcher(after).find();
    }

    /**
     * Whether [start, end) is a byline: a short line of its own under the headline, naming the outlet or the
     * place it writes from ("صوت لبنان - دمشق", "دمشق - سانا"), with no sentence in it. It reports nothing; its
     * words are names ("صوت" of an outlet is not "voted").
     */
    public static boolean isByline(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (lineEnd - lineStart > MAX_OFFSET) {
            return false;
        }
        String line = text.substring(lineStart, lineEnd).strip();
        int lines = linesBefore(text, lineStart, MAX_PARAGRAPH + 1);
        return lines >= 1 && lines <= MAX_PARAGRAPH && BYLINE.matcher(line).matches();
    }

    /** The non-blank lines before {@code end}, counted up to {@code cap}: only the top of the text matters. */
    private static int linesBefore(String text, int end, int cap) {
        int lines = 0;
        boolean blank = true;
        for (int i = 0; i < end && lines < cap; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += blank ? 0 : 1;
                blank = true;
            } else if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        return blank ? lines : lines + 1;
    }
}
