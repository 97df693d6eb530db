package io.tarikh.ingest;

import java.util.List;

/**
 * A known text posted again with other metadata: keeping the stored values silently would lose
 * the client's, replacing them would be a correction; the client chooses (PATCH the article).
 */
public class ArticleConflictException extends RuntimeException {

    private final String articleId;
    private final List<String> fields;

    public ArticleConflictException(String articleId, List<String> fields) {
        super("this text is stored as article '" + articleId + "' with another " + String.join(", ", fields)
                + "; PATCH that article to correct it");
        this.articleId = articleId;
        this.fields = List.copyOf(fields);
    }

    public String articleId() {
        return articleId;
    }

    public List<String> fields() {
        return fields;
    }
}
