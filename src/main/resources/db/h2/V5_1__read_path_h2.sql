-- H2 only (quarkus.flyway.locations): H2 has no inverted index, and a LIKE over event.search_words
-- reads every row (seconds at 100,000 events). Each event's search terms are also rows here, and
-- q reads the terms it begins through the primary key (EventSql). The rows are exactly the terms
-- of event.search_words, so an event's are found from that column when it is merged away.
CREATE TABLE IF NOT EXISTS event_word (
    term      VARCHAR(64)  NOT NULL,
    event_id  VARCHAR(200) NOT NULL,
    PRIMARY KEY (term, event_id)
);
