package io.tarikh.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.tarikh.api.http.ApiRoutes;
import io.tarikh.api.http.BodyTooLargeException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves as {@code application/problem+json}. Client mistakes get their 4xx with a
 * detail a person can act on; anything unexpected is a 500 whose body says nothing internal.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ApiRoutes routes;

    public ProblemMappers(ApiRoutes routes) {
        this.routes = routes;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.parameter());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof MismatchedInputException mismatch) {
            if (!mismatch.getPath().isEmpty()) {
                String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName();
                return respond(400, "Bad Request", "field '" + field + "' has the wrong type", uri, field);
            }
            // Well-formed JSON of the wrong shape: an array, a string or a number where the object belongs.
            return respond(400, "Bad Request", "the request body must be a JSON object", uri, null);
        }
        return respond(400, "Bad Request", "the request body is not well-formed JSON", uri, null);
    }

    /** Quarkus maps this subtype itself; the more specific mapper here keeps the answer a problem. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        ConstraintViolation<?> first = e.getConstraintViolations().iterator().next();
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return respond(400, "Bad Request", detail, uri, lastNode(first));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri); // the JSON reader wraps parse errors in a bare 400
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return respond(status, Response.Status.fromStatusCode(status).getReasonPhrase(), "the server could not complete the request", uri, null);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Client Error";
        Response problem = respond(status, title, detailFor(status, e), uri, status == 415 ? "Content-Type" : null);
        if (status == 405) {
            // RFC 9110 15.5.6: a 405 lists the methods the resource takes.
            String path = uri != null ? uri.getPath() : null;
            return routes.match(path).map(r -> Response.fromResponse(problem).header("Allow", r.allow()).build()).orElse(problem);
        }
        return problem;
    }

    /** The body grew past the limit while it was read (chunked, so no Content-Length said so before). */
    @ServerExceptionMapper
    public Response bodyTooLarge(BodyTooLargeException e, UriInfo uri) {
        return Response.fromResponse(respond(413, "Content Too Large", e.getMessage(), uri, null))
                .header("Connection", "close")
                .build();
    }

    /**
     * Reading the body failed: the client closed the connection or stopped sending. Its fault,
     * not ours, so no ERROR and no stack trace; the answer is for a client that is likely gone.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        LOG.debugf("request body not read: %s", e);
        return respond(400, "Bad Request", "the request body could not be read to its end", uri, null);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return respond(500, "Internal Server Error", "the server could not complete the request", uri, null);
    }

    private static String detailFor(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "no resource at this address";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "the service answers application/json only";
            case 415 -> "the request body must be application/json in UTF-8";
            default -> e.getMessage();
        };
    }

    private static String lastNode(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    static Response respond(int status, String title, String detail, UriInfo uri, String parameter) {
        return respond(status, title, detail, uri != null ? uri.getRequestUri().getRawPath() : null, parameter);
    }

    /** A problem answer for code that has the request path but no UriInfo (pre-matching filters). */
    public static Response respond(int status, String title, String detail, String instance, String parameter) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, instance, parameter))
                .build();
    }
}
