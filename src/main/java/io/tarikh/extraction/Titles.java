package io.tarikh.extraction;

import io.tarikh.knowledge.EventType;
import io.tarikh.knowledge.KnowledgeBase;
import io.tarikh.text.Document;
import io.tarikh.text.SentenceSplitter.Sentence;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Event titles: the Arabic clause that states the event, and an English line built from type, actors and place. */
final class Titles {

    private static final int MAX_WORDS = 24;
    private static final int MAX_ACTORS = 3;

    private final KnowledgeBase knowledge;

    Titles(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The sentence, cut after the clause holding the trigger when it is long. */
    String arabic(Sentence s, int triggerStart) {
        String text = s.text();
        int relative = Math.max(0, triggerStart - s.start());
        if (text.split("\\s+").length > MAX_WORDS) {
            int cut = firstClauseEndAfter(text, relative + 1);
            if (cut > 0) {
                text = text.substring(0, cut);
            }
        }
        return stripTrailingPunctuation(text.strip());
    }

    String english(EventType type, List<String> actorIds, List<String> placeIds) {
        String actors = actorIds.stream().map(knowledge::actor).filter(Objects::nonNull)
                .limit(MAX_ACTORS).map(a -> a.name().en()).collect(Collectors.joining(" – "));
        String place = placeIds.stream().map(knowledge::place).filter(Objects::nonNull)
                .map(p -> p.name().en()).findFirst().orElse(null);
        StringBuilder title = new StringBuilder(type.label());
        if (!actors.isEmpty()) {
            title.append(": ").append(actors);
        }
        if (place != null) {
            title.append(actors.isEmpty() ? ": " : ", ").append(place);
        }
        return title.toString();
    }

    private static int firstClauseEndAfter(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Document.isClauseBreak(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && Document.isClauseBreak(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
