package studyguide.media;

import java.nio.file.Path;

/**
 * A file of the guide that the site links to.
 *
 * @param path where the site holds it, relative to the site's root, e.g. {@code media/queue-3fa2b1c4d5e6.png}
 * @param source the file in the content folder, read again when the site is written
 * @param size the image's size, or null when it is not an image or its size could not be read
 * @param script why a browser opening the file would run script ({@link ScriptInFile}), or null when it would not
 */
public record MediaFile(String path, Path source, ImageSize size, String script) {
}
