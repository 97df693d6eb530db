package io.tarikh.ingest;

import java.time.LocalDate;

/**
 * An article as it arrives: only {@code text} is required.
 *
 * @param id          a fixed id (seed articles use their file stem); null to derive one from the content
 * @param publishedAt the publication date when the source gives it; null to infer it from the text
 */
public record ArticleInput(String id, String text, String title, String url, String language, LocalDate publishedAt) {
}
