package studyguide.media;

/** An image's size in CSS pixels, for the {@code width} and {@code height} of its {@code <img>}. */
public record ImageSize(int width, int height) {
}
