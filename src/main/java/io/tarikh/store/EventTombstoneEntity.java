package io.tarikh.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The id of an event that lost its last source: it answers 410 Gone rather than 404. */
@Entity
@Table(name = "event_tombstone")
public class EventTombstoneEntity {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "removed_at", nullable = false)
    public Instant removedAt;
}
