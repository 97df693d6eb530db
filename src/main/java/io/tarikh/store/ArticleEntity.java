package io.tarikh.store;

import io.tarikh.temporal.AnchorSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One ingested article, stored once with everything the pipeline computed for it. */
@Entity
@Table(name = "article")
public class ArticleEntity {

    @Id
    public String id;

    public String title;

    public String url;

    @Column(nullable = false)
    public String language;

    @Column(name = "raw_text", nullable = false)
    public String rawText;

    @Column(name = "clean_text", nullable = false)
    public String cleanText;

    @Column(name = "content_hash", nullable = false, unique = true, columnDefinition = "CHAR(64)")
    @JdbcTypeCode(SqlTypes.CHAR) // PostgreSQL reports CHAR(64) as bpchar/CHAR; validation must expect CHAR on both databases
    public String contentHash;

    @Column(name = "published_date")
    public LocalDate publishedDate;

    @Column(name = "published_source")
    @Enumerated(EnumType.STRING)
    public AnchorSource publishedSource;

    @Column(name = "published_confidence")
    public Double publishedConfidence;

    /** The evidence lines for the publication date, as a JSON array. */
    @Column(name = "published_evidence")
    public String publishedEvidenceJson;

    /** The resolved temporal expressions of {@link #cleanText}, as a JSON array. */
    @Column(name = "expressions_json", nullable = false)
    public String expressionsJson;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    /** The pipeline and knowledge version that analysed the article (null: before versions were recorded). */
    @Column(name = "analysis_version")
    public String analysisVersion;
}
