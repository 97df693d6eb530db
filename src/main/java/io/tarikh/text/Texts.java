package io.tarikh.text;

/** Small checks and cuts on plain text, shared by the API and the pipeline. */
public final class Texts {

    private Texts() {
    }

    /** Whether the text has anything to analyse: emoji, punctuation, control and direction marks alone do not count. */
    public static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** At most {@code max} characters, cut at a space when there is one in the last fifth, never inside a surrogate pair. */
    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1);
        int space = cut.lastIndexOf(' ');
        return (space > max * 4 / 5 ? cut.substring(0, space) : cut) + "…";
    }
}
