package studyguide.model;

/** A source an answer relies on: a title and an https URL. */
public record Reference(String title, String url) {
}
