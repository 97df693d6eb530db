package io.tarikh.temporal;

import java.util.List;

/**
 * The reference events a text mentions, read two ways from one annotation pass.
 *
 * @param forInference what the text says before its date is known: a citation only when it fits one
 *                     event, descriptions included (anchor inference)
 * @param forExtraction every alternative of an ambiguous citation, for a caller that knows the
 *                      article's date and picks the nearest
 * @param described     events described rather than named (also in forInference): for extraction only
 *                      where the resolved text dates them on their own days, as words alone may describe
 *                      another such event
 */
public record ReferenceMentions(List<ReferenceMention> forInference, List<ReferenceMention> forExtraction,
        List<ReferenceMention> described) {

    public static final ReferenceMentions NONE = new ReferenceMentions(List.of(), List.of());

    public ReferenceMentions {
        forInference = List.copyOf(forInference);
        forExtraction = List.copyOf(forExtraction);
        described = List.copyOf(described);
    }

    public ReferenceMentions(List<ReferenceMention> forInference, List<ReferenceMention> forExtraction) {
        this(forInference, forExtraction, List.of());
    }
}
