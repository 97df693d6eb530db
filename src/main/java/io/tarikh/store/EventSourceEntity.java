package io.tarikh.store;

import io.tarikh.extraction.DateBasis;
import io.tarikh.extraction.EventStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One article's mention of an event: the quote, where it is, and how its date was decided. */
@Entity
@Table(name = "event_source")
public class EventSourceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public EventEntity event;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    @Column(nullable = false)
    public String quote;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    /** Where the date came from. */
    @Column(name = "date_basis", nullable = false)
    @Enumerated(EnumType.STRING)
    public DateBasis dateBasis;

    /** The status as this source reports it. */
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public EventStatus status;

    /** The date this source gives, as JSON; conflicting reports stay visible here. */
    @Column(name = "date_json")
    public String dateJson;

    /** The quote, Arabic-normalised, for the {@code q} filter (null on rows written before V3). */
    @Column(name = "search_text")
    public String searchText;

    /** The article's publication date, or the day it was ingested when that is unknown: sources are listed in this order. */
    @Column(name = "reported_on")
    public java.time.LocalDate reportedOn;

    /** The interval of the date this source gives (null when it gives none): conflicting reports are found by it. */
    @Column(name = "date_start")
    public java.time.LocalDate dateStart;

    @Column(name = "date_end")
    public java.time.LocalDate dateEnd;

    /** The temporal expression the date came from, as JSON, when it came from the text. */
    @Column(name = "expression_json")
    public String expressionJson;
}
