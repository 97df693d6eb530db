package io.tarikh.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The id of an event found to be the same as another and merged into it. Served ids never
 * change meaning: an alias answers 308 to the survivor and is never given to a new event.
 */
@Entity
@Table(name = "event_alias")
public class EventAliasEntity {

    @Id
    @Column(name = "alias_id")
    public String aliasId;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "merged_at", nullable = false)
    public Instant mergedAt;
}
