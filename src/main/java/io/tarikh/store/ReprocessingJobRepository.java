package io.tarikh.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ReprocessingJobRepository implements PanacheRepositoryBase<ReprocessingJobEntity, String> {

    /** The newest job towards this version, if any. */
    public Optional<ReprocessingJobEntity> latestFor(String version) {
        return find("targetVersion = ?1 order by startedAt desc, id desc", version).firstResultOptional();
    }

    public List<ReprocessingJobEntity> running() {
        return list("state = ?1 order by startedAt, id", ReprocessingJobEntity.RUNNING);
    }

    /** Articles analysed by another version than this one (or before versions were recorded). */
    public long countStale(String version) {
        return getEntityManager().createQuery(
                "select count(a) from ArticleEntity a where a.analysisVersion is null or a.analysisVersion <> :v", Long.class)
                .setParameter("v", version).getSingleResult();
    }

    /** The next article to re-analyse, oldest first, but those this run already failed on. */
    public Optional<String> nextStale(String version, Collection<String> skipped) {
        String hql = "select a.id from ArticleEntity a where (a.analysisVersion is null or a.analysisVersion <> :v)"
                + (skipped.isEmpty() ? "" : " and a.id not in :skipped") + " order by a.ingestedAt, a.id";
        var query = getEntityManager().createQuery(hql, String.class).setParameter("v", version).setMaxResults(1);
        if (!skipped.isEmpty()) {
            query.setParameter("skipped", skipped);
        }
        return query.getResultList().stream().findFirst();
    }
}
