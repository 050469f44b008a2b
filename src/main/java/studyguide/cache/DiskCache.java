package studyguide.cache;

import java.nio.file.Path;
import java.util.Map;

/**
 * A {@link Cache} in a folder on disk: a key (text holding every input of the work, or their hashes) names
 * a file by its SHA-256, which holds the value's bytes. Made for the user's cache folder ({@link UserCache}),
 * so that the next process finds what this one made; like every cache there, a folder that cannot be read
 * or written only makes builds slower.
 */
public final class DiskCache implements Cache<String, byte[]> {

    private final Path folder;
    private final String extension;

    private DiskCache(Path folder, String extension) {
        this.folder = folder;
        this.extension = extension;
    }

    /** A cache in {@code folder}, its files ending in {@code extension} (".svg"), or none when it is null. */
    public static Cache<String, byte[]> in(Path folder, String extension) {
        return folder == null ? Cache.none() : new DiskCache(folder, extension);
    }

    /** The cache {@code name} of the user's cache folder ({@link UserCache#folder}), or none when there is none. */
    public static Cache<String, byte[]> forUser(Map<String, String> environment, String name, String extension) {
        return in(UserCache.folder(environment, name), extension);
    }

    @Override
    public byte[] get(String key) {
        return UserCache.read(UserCache.file(folder, key, extension));
    }

    @Override
    public void put(String key, byte[] value) {
        UserCache.write(UserCache.file(folder, key, extension), value);
    }
}
