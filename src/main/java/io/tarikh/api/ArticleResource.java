package io.tarikh.api;

import io.tarikh.api.problem.Problem;
import io.tarikh.api.problem.ProblemException;
import io.tarikh.ingest.ArticleInput;
import io.tarikh.ingest.IngestResult;
import io.tarikh.ingest.IngestService;
import io.tarikh.store.ArticleRepository;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Ingest Arabic news articles and read them back, cleaned and analysed")
public class ArticleResource {

    private final IngestService ingest;
    private final ArticleRepository articles;
    private final ArticleMapper mapper;
    private final int maxTextBytes;

    public ArticleResource(IngestService ingest, ArticleRepository articles, ArticleMapper mapper,
            @ConfigProperty(name = "tarikh.articles.max-text-bytes") int maxTextBytes) {
        this.ingest = ingest;
        this.articles = articles;
        this.mapper = mapper;
        this.maxTextBytes = maxTextBytes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest an article", description = "Cleans the text, decides the publication date, resolves its temporal expressions and extracts its events. Idempotent by content: the same text again answers 200 with the existing article.")
    @APIResponse(responseCode = "201", description = "stored; Location names the new article", content = @Content(schema = @Schema(implementation = ArticleDto.class)))
    @APIResponse(responseCode = "200", description = "the same content was already stored: the existing article", content = @Content(schema = @Schema(implementation = ArticleDto.class)))
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
    @Operation(summary = "List articles", description = "Oldest ingested first. The Link header (RFC 8288) gives first, prev, next and last pages.")
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
    @Operation(summary = "Read one article")
    @APIResponse(responseCode = "200", description = "the article", content = @Content(schema = @Schema(implementation = ArticleDto.class)))
    @APIResponse(responseCode = "404", description = "no article with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleDto get(@Parameter(example = "000_929c0f77bcde9703") @PathParam("id") String id) {
        return articles.findByIdOptional(id).map(mapper::toDto)
                .orElseThrow(() -> ProblemException.notFound("no article with id '" + id + "'"));
    }

    private ArticleInput validate(ArticleRequest request) {
        String text = RequestText.require(request == null ? null : request.text(), maxTextBytes);
        return new ArticleInput(null, text, RequestFields.optional("title", request.title(), RequestFields.MAX_TITLE),
                RequestFields.optionalUrl("url", request.url()), RequestFields.optionalLanguage("language", request.language()),
                RequestText.optionalDate("publishedAt", request.publishedAt()));
    }
}
