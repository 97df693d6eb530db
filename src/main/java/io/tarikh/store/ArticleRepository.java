package io.tarikh.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {

    public Optional<ArticleEntity> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }

    /** Articles in the order they were ingested, oldest first; ties broken by id for stable paging. */
    public List<ArticleEntity> page(int page, int size) {
        return findAll(Sort.by("ingestedAt").and("id")).page(Page.of(page, size)).list();
    }
}
