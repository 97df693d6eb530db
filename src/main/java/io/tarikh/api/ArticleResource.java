package io.tarikh.api;

import io.tarikh.api.problem.Problem;
import io.tarikh.api.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarikh.ingest.ArticleInput;
import io.tarikh.ingest.ArticlePatch;
import io.tarikh.ingest.EditorialService;
import io.tarikh.ingest.IngestResult;
import io.tarikh.ingest.IngestService;
import io.tarikh.store.ArticleRepository;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Ingest Arabic news articles and read them back, cleaned and analysed")
public class ArticleResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final MediaType MERGE_PATCH_TYPE = MediaType.valueOf(MERGE_PATCH);

    private final IngestService ingest;
    private final EditorialService editorial;
    private final ObjectMapper json;
    private final ArticleRepository articles;
    private final ArticleMapper mapper;
    private final int maxTextBytes;

    public ArticleResource(IngestService ingest, EditorialService editorial, ObjectMapper json, ArticleRepository articles, ArticleMapper mapper,
            @ConfigProperty(name = "tarikh.articles.max-text-bytes") int maxTextBytes) {
        this.ingest = ingest;
        this.editorial = editorial;
        this.json = json;
        this.articles = articles;
        this.mapper = mapper;
        this.maxTextBytes = maxTextBytes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle", summary = "Ingest an article", description = "Cleans the text, decides the publication date, resolves its temporal expressions and extracts its events. Idempotent by content: the same text again answers 200 with the existing article.")
    @APIResponse(responseCode = "201", description = "stored; Location names the new article", content = @Content(schema = @Schema(implementation = ArticleDto.class)))
    @APIResponse(responseCode = "200", description = "the same content was already stored: the existing article", content = @Content(schema = @Schema(implementation = ArticleDto.class)))
    @APIResponse(responseCode = "409", description = "the same content is stored with another publishedAt, title or url: 'parameter' names them (comma-separated), Location the stored article; PATCH it to correct it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "malformed JSON, a field of the wrong type, missing text, a title, url or language out of bounds, or a publishedAt that is no date between 1900-01-01 and 2100-12-31; 'parameter' names the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "text larger than 200 KB, or a body larger than 1 MB", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "the body is not application/json in UTF-8, or has no Content-Type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "the text has no letters or digits", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(ArticleRequest request, @Context UriInfo uri) {
        ArticleInput input = validate(request);
        IngestResult result = ingest.ingest(input);
        ArticleDto body = mapper.toDto(result);
        if (!result.created()) {
            return Response.ok(body).build();
        }
        URI location = uri.getBaseUriBuilder().path(ArticleResource.class).path(body.id()).build();
        return Response.created(location).entity(body).build();
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List articles", description = "Oldest ingested first. The Link header (RFC 8288) gives first, prev, next and last pages.")
    @APIResponse(responseCode = "200", description = "one page of articles", content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = "bad page or size, or page × size beyond 2^31 - 1", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "page number, from 0", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 500", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        Paging paging = Paging.parse(page, size);
        long total = articles.count();
        List<ArticleDto> items = mapper.toDtos(articles.page(paging.page(), paging.size()));
        return Response.ok(new ArticlePage(items, paging.page(), paging.size(), total))
                .header("Link", paging.linkHeader(uri, total))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getArticle", summary = "Read one article")
    @APIResponse(responseCode = "200", description = "the article", content = @Content(schema = @Schema(implementation = ArticleDto.class)))
    @APIResponse(responseCode = "404", description = "no article with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleDto get(@Parameter(example = "000_929c0f77bcde9703") @PathParam("id") String id) {
        return articles.findByIdOptional(id).map(mapper::toDto).orElseThrow(() -> noArticle(id));
    }

    @PATCH
    @Path("{id}")
    @Operation(operationId = "correctArticle", summary = "Correct an article's metadata", description = "A JSON merge patch (RFC 7396) of publishedAt, title and url. A new publication date re-resolves the text against it and re-dates or re-links its events; event ids stay valid (an event merged into another answers 308 there, one left without sources 410). Every change is kept in the article's corrections.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ArticlePatchRequest.class)))
    @APIResponse(responseCode = "200", description = "the corrected article", content = @Content(schema = @Schema(implementation = ArticleDto.class)))
    @APIResponse(responseCode = "400", description = "not a JSON object, an empty patch, an unknown field, a field of the wrong type or out of bounds; 'parameter' names the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no article with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "the body is not application/merge-patch+json (or application/json) in UTF-8", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleDto correct(@PathParam("id") String id, @Context HttpHeaders headers, String body) throws JsonProcessingException {
        MediaType type = headers.getMediaType();
        if (type == null || !(type.isCompatible(MERGE_PATCH_TYPE) || type.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
            throw new ProblemException(415, "Unsupported Media Type", "a correction is a JSON merge patch: 'Content-Type: " + MERGE_PATCH + "'", "Content-Type");
        }
        ArticlePatch patch = ArticlePatchRequest.parse(body == null || body.isBlank() ? null : json.readTree(body));
        return editorial.correct(id, patch).map(mapper::toDto).orElseThrow(() -> noArticle(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteArticle", summary = "Delete an article", description = "Its sources leave their events; an event left without a source is gone (410 on its id, absent from lists).")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no article with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id) {
        if (!editorial.delete(id)) {
            throw noArticle(id);
        }
        return Response.noContent().build();
    }

    private static ProblemException noArticle(String id) {
        return ProblemException.notFound("no article with id '" + id + "'");
    }

    private ArticleInput validate(ArticleRequest request) {
        String text = RequestText.require(request == null ? null : request.text(), maxTextBytes);
        return new ArticleInput(null, text, RequestFields.optional("title", request.title(), RequestFields.MAX_TITLE),
                RequestFields.optionalUrl("url", request.url()), RequestFields.optionalLanguage("language", request.language()),
                RequestText.optionalDate("publishedAt", request.publishedAt()));
    }
}
