package io.tarikh.api.http;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST resources' path templates and the methods each one takes, read once from their JAX-RS
 * annotations. Quarkus REST answers OPTIONS with every method of the resource class (so
 * /articles/{id} advertised POST) and drops Allow from 405s; metrics need the template of requests
 * no resource method matched. The most specific template wins, as in JAX-RS: most literal characters.
 */
@Singleton
public class ApiRoutes {

    /** One path template, its pattern and its methods in the order of RFC 9110's Allow examples. */
    public record Route(String template, Pattern pattern, int literals, Set<String> methods) {

        public String allow() {
            return String.join(", ", methods);
        }
    }

    private static final Pattern PARAM = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?\\}");

    private final List<Route> routes;

    public ApiRoutes() {
        this(resourceClasses());
    }

    ApiRoutes(List<Class<?>> resources) {
        Map<String, Set<String>> methods = new LinkedHashMap<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getMethods()) {
                String verb = httpMethod(m);
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String template = normalise(sub == null ? base : base + "/" + sub.value());
                Set<String> allowed = methods.computeIfAbsent(template, t -> new TreeSet<>(Comparator.comparingInt(ApiRoutes::rank).thenComparing(Comparator.naturalOrder())));
                allowed.add(verb);
                if (verb.equals("GET")) {
                    allowed.add("HEAD");
                }
                allowed.add("OPTIONS");
            }
        }
        List<Route> out = new ArrayList<>();
        methods.forEach((template, allowed) -> out.add(route(template, allowed)));
        out.sort(Comparator.comparingInt(Route::literals).reversed());
        this.routes = List.copyOf(out);
    }

    /** The most specific route whose template matches this decoded path, if any. */
    public Optional<Route> match(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return routes.stream().filter(r -> r.pattern().matcher(p).matches()).findFirst();
    }

    private static Route route(String template, Set<String> methods) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAM.matcher(template);
        int last = 0;
        int literals = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            literals += m.start() - last;
            regex.append('(').append(m.group(2) != null ? m.group(2).strip() : "[^/]+").append(')');
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        literals += template.length() - last;
        return new Route(template, Pattern.compile(regex.toString()), literals, Collections.unmodifiableSet(methods));
    }

    private static String normalise(String template) {
        String t = ("/" + template).replaceAll("/+", "/");
        return t.length() > 1 && t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static int rank(String method) {
        int i = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS").indexOf(method);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** Quarkus REST makes every resource class a bean; their JAX-RS annotations are on the bean classes. */
    private static List<Class<?>> resourceClasses() {
        List<Class<?>> out = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().isAnnotationPresent(Path.class)) {
                out.add(bean.getBeanClass());
            }
        }
        return out;
    }
}
