package studyguide.media;

import studyguide.problem.Position;

/** An image that pages load from another site, and where the Markdown names it; {@code check} lists them. */
public record ExternalImage(String url, Position position) {
}
