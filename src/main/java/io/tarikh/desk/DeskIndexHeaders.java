package io.tarikh.desk;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The desk's index.html (served at / from META-INF/resources) is revalidated on every load: it names
 * the content-hashed bundles, which Quarkus serves with a day's max-age. A route without a path, as
 * a quarkus.http.filter with a path regex made Vert.x decode malformed paths (%ZZ) into a 500.
 */
@ApplicationScoped
public class DeskIndexHeaders {

    /** After HttpEdge (order -10,000), which answers malformed paths first. */
    static final int ORDER = -9_000;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::headers);
    }

    private void headers(RoutingContext ctx) {
        String path = ctx.request().path();
        if ("/".equals(path) || "/index.html".equals(path)) {
            // Set when the response is written, so it replaces what the static handler puts there.
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-cache"));
        }
        ctx.next();
    }
}
