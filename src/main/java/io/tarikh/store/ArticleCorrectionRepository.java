package io.tarikh.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ArticleCorrectionRepository implements PanacheRepositoryBase<ArticleCorrectionEntity, Long> {

    /** For each article, its corrections oldest first: one query for a whole page. */
    public Map<String, List<ArticleCorrectionEntity>> forArticles(Collection<String> articleIds) {
        Map<String, List<ArticleCorrectionEntity>> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        list("articleId in ?1 order by articleId, id", articleIds)
                .forEach(c -> out.computeIfAbsent(c.articleId, k -> new ArrayList<>()).add(c));
        return out;
    }

    public long deleteForArticle(String articleId) {
        return delete("articleId", articleId);
    }
}
