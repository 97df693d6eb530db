package io.tarikh.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which database the build is bound to (db-kind is fixed at build time): the search index differs. */
@ApplicationScoped
public class Database {

    private final boolean postgres;

    public Database(@ConfigProperty(name = "quarkus.datasource.db-kind") String kind) {
        this.postgres = kind.startsWith("postgres");
    }

    public boolean isPostgres() {
        return postgres;
    }
}
