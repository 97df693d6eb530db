-- PostgreSQL only (quarkus.flyway.locations): advanced after every committed write by any replica
-- (io.tarikh.store.StoreGeneration), so that each replica's response cache knows when the store
-- changed. A sequence: nextval never waits for another transaction and is never rolled back.
CREATE SEQUENCE IF NOT EXISTS store_generation;
