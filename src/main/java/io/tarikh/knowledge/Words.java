package io.tarikh.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of a normalised text: runs of letters and digits, lower-cased, with their offsets in it. */
final class Words {

    private Words() {
    }

    record Word(String text, int start, int end) {
    }

    static List<Word> of(String folded) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (!Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean upper = false;
            while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
                upper |= Character.isUpperCase(folded.charAt(i));
                i++;
            }
            String word = folded.substring(start, i);
            // Arabic has no case: lower-case only the (rare) words that need it
            out.add(new Word(upper ? word.toLowerCase(Locale.ROOT) : word, start, i));
        }
        return out;
    }
}
