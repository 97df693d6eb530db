package io.tarikh.knowledge;

import java.util.ArrayList;
import java.util.List;

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
            StringBuilder w = new StringBuilder();
            while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
                w.append(Character.toLowerCase(folded.charAt(i)));
                i++;
            }
            out.add(new Word(w.toString(), start, i));
        }
        return out;
    }
}
