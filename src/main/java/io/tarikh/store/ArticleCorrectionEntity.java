package io.tarikh.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One editorial change of an article's field: what it was, what it became, when. */
@Entity
@Table(name = "article_correction")
public class ArticleCorrectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    @Column(nullable = false)
    public String field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    @Column(name = "corrected_at", nullable = false)
    public Instant correctedAt;

    public static ArticleCorrectionEntity of(String articleId, String field, String oldValue, String newValue, Instant at) {
        ArticleCorrectionEntity c = new ArticleCorrectionEntity();
        c.articleId = articleId;
        c.field = field;
        c.oldValue = oldValue;
        c.newValue = newValue;
        c.correctedAt = at;
        return c;
    }
}
