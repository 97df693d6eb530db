package io.tarikh.store;

import io.tarikh.extraction.EventStatus;
import io.tarikh.knowledge.EventType;
import io.tarikh.temporal.Precision;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One real-world event, however many articles mention it; its mentions are its sources, which
 * live in their own table and are added without loading the others. Dynamic updates: a merge
 * writes the columns it changed, not the whole row.
 */
@Entity
@DynamicUpdate
@Table(name = "event")
public class EventEntity {

    @Id
    public String id;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public EventType type;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public EventStatus status;

    @Column(name = "title_ar")
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    /** TIMEX3 value, kept beside the interval for display and sorting ties. */
    @Column(name = "date_value")
    public String dateValue;

    @Column(name = "date_start")
    public LocalDate dateStart;

    @Column(name = "date_end")
    public LocalDate dateEnd;

    @Column(name = "date_precision")
    @Enumerated(EnumType.STRING)
    public Precision datePrecision;

    /** Days from dateStart to dateEnd: the date-range filter reads short and long events apart (EventSql). */
    @Column(name = "date_span")
    public Integer dateSpan;

    /** The full date object (value, interval, precision, modifier, display) as JSON. */
    @Column(name = "date_json")
    public String dateJson;

    @Column(name = "reference_event_id")
    public String referenceEventId;

    /**
     * Arabic-normalised titles, for the {@code q} filter; each source keeps its own normalised
     * quote, so this column does not grow with the sources (rows written before V3 also hold quotes).
     */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    /**
     * The search terms of the titles and quotes the event has had, {@code " a b c "}
     * ({@link io.tarikh.text.SearchTerms}), for {@code q}: one column per event, read by the
     * full-text index on PostgreSQL and mirrored in event_word on H2.
     */
    @Column(name = "search_words")
    public String searchWords;

    /** The source the event's date came from (the mention that created or first dated it). */
    @Column(name = "dating_source_id")
    public Long datingSourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_actor", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "actor_id")
    @OrderBy
    public Set<String> actorIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_place", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "place_id")
    @OrderBy
    public Set<String> placeIds = new LinkedHashSet<>();

    /** Read side only: the write path persists an {@link EventSourceEntity} on its own. */
    @OneToMany(mappedBy = "event", cascade = CascadeType.REMOVE)
    @OrderBy("articleId, startOffset")
    public List<EventSourceEntity> sources = new ArrayList<>();
}
