package io.tarikh.api;

import io.tarikh.api.problem.ProblemException;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** A validated page request and the RFC 8288 {@code Link} header for its neighbours. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** Parses the raw query values so that a bad one is a 400 naming the parameter, not a 404. */
    public static Paging parse(String page, String size) {
        int p = parseInt("page", page, 0);
        int s = parseInt("size", size, DEFAULT_SIZE);
        if (p < 0) {
            throw ProblemException.badRequest("page", "'page' counts from 0; got " + p);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.badRequest("size", "'size' must be between 1 and " + MAX_SIZE + "; got " + s);
        }
        // The page's rows, offset page × size up to offset + size, are counted in int by JPA and List.
        int maxPage = (Integer.MAX_VALUE - s) / s;
        if (p > maxPage) {
            throw ProblemException.badRequest("page", "'page' × 'size' must stay below 2^31; with size " + s + ", page is at most " + maxPage + "; got " + p);
        }
        return new Paging(p, s);
    }

    private static int parseInt(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "'" + name + "' must be an integer; got '" + value + "'");
        }
    }

    /** The last page that has rows; never beyond what {@link #parse} accepts, however large the total. */
    public int lastPage(long total) {
        return total == 0 ? 0 : (int) Math.min((total - 1) / size, (Integer.MAX_VALUE - size) / size);
    }

    /** The index of the page's first row. */
    public int offset() {
        return page * size;
    }

    /** first, prev, next and last links that keep every other query parameter of the request. */
    public String linkHeader(UriInfo uri, long total) {
        List<String> links = new ArrayList<>();
        int last = lastPage(total);
        links.add(link(uri, 0, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return String.join(", ", links);
    }

    private String link(UriInfo uri, int target, String rel) {
        String href = uri.getRequestUriBuilder()
                .replaceQueryParam("page", target)
                .replaceQueryParam("size", size)
                .build().toString();
        return "<" + href + ">; rel=\"" + rel + "\"";
    }
}
