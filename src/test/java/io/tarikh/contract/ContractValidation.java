package io.tarikh.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Issue 12, item 3: every JSON body the REST Assured suite receives from /api/v1 is validated against the
 * committed openapi/openapi.yaml, by networknt's JSON Schema validator (OpenAPI 3.1 schemas are JSON Schema
 * 2020-12). The schema is the one the document gives for the operation, status and media type; an error status
 * the operation does not list must still be a Problem (edge answers: 405, 413, 414...); a 2xx it does not list,
 * or a body that does not match, fails the request's test with the validator's messages.
 * <p>
 * Installed as a REST Assured filter before each {@code @QuarkusTest} method (META-INF/services).
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback, Filter {

    private static final Path DOCUMENT = Path.of("openapi/openapi.yaml");
    private static volatile boolean installed;

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode document;
    private final List<Operationless> paths;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** A path template of the document and the pattern of the paths it covers. */
    private record Operationless(String template, Pattern pattern, int literals) {
    }

    public ContractValidation() {
        try {
            document = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operationless> templates = new java.util.ArrayList<>();
        for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext();) {
            String template = it.next();
            String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            templates.add(new Operationless(template, Pattern.compile(regex), template.replaceAll("\\{[^}]+}", "").length()));
        }
        templates.sort(Comparator.comparingInt(Operationless::literals).reversed());
        paths = List.copyOf(templates);
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!installed) {
            synchronized (ContractValidation.class) {
                if (!installed) {
                    RestAssured.filters(new ContractValidation());
                    installed = true;
                }
            }
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String encoding = response.getHeader("Content-Encoding");
        if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
            return response; // a test that turned REST Assured's decoders off reads the compressed bytes itself
        }
        String path = URI.create(request.getURI()).getRawPath();
        String type = response.getContentType() == null ? "" : response.getContentType();
        Optional<String> violation = check(request.getMethod(), path, response.getStatusCode(), type, response.asString());
        if (violation.isPresent()) {
            throw new AssertionError(violation.get());
        }
        return response;
    }

    /** What is wrong with an answer of /api/v1, by the committed document; empty when it conforms or is not JSON. */
    Optional<String> check(String method, String path, int statusCode, String contentType, String body) {
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!path.startsWith("/api/v1/") || !(type.equals("application/json") || type.equals("application/problem+json"))) {
            return Optional.empty();
        }
        String status = Integer.toString(statusCode);
        Optional<String> template = paths.stream().filter(p -> p.pattern().matcher(path).matches()).map(Operationless::template).findFirst();
        JsonNode operation = template.map(t -> document.path("paths").path(t).path(method.toLowerCase(Locale.ROOT))).orElse(json.missingNode());
        JsonNode declared = operation.path("responses").path(status).path("content").path(type).path("schema");
        String where = method + " " + path + " -> " + status + " " + type;
        if (declared.isMissingNode()) {
            if (statusCode < 400) {
                return Optional.of("contract: " + where + " is not in openapi/openapi.yaml" + template.map(t -> " (" + t + ")").orElse(""));
            }
            // an error the operation does not list (or a path it does not have) is still a problem document
            declared = json.createObjectNode().put("$ref", "#/components/schemas/Problem");
        }
        List<Error> errors = schema(declared).validate(body, InputFormat.JSON);
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("contract: " + where + " does not match openapi/openapi.yaml: "
                + errors.stream().limit(10).map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList()
                + "\nbody: " + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body));
    }

    /** The response schema with the document's components beside it, so that its $refs resolve. */
    private Schema schema(JsonNode declared) {
        return schemas.computeIfAbsent(declared.toString(), key -> {
            ObjectNode root = json.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", document.path("components"));
            root.set("allOf", json.createArrayNode().add(declared));
            return registry.getSchema(root.toString(), InputFormat.JSON);
        });
    }
}
