package studyguide.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import studyguide.cache.Cache;
import studyguide.cache.DiskCache;
import studyguide.cache.UserCache;

/**
 * The sheets' fonts as cut down to a set of characters, kept between builds in the user's cache folder, so
 * that a build whose sheets use the characters the last one did reads six small files instead of
 * decompressing, parsing and subsetting six fonts (0.1-0.15 s of a build's CPU, 25-30 MiB, and PDFBox's
 * font classes loaded).
 *
 * <p>An entry is named by the font (the address of its file, with its size and time in the jar that holds
 * it), the subsetter (the jar it comes from, which carries PDFBox's version), the tables kept and the
 * characters; it holds the SHA-256 of the font it keeps, so a damaged entry is subset again. Like every
 * {@link UserCache}, a folder that cannot be read or written only makes builds slower.
 */
final class FontCache {

    private static final String MAGIC = "studyguide font subset 1 ";
    private final Cache<String, byte[]> store;

    private FontCache(Cache<String, byte[]> store) {
        this.store = store;
    }

    /** A cache in {@code store}. */
    static FontCache of(Cache<String, byte[]> store) {
        return new FontCache(store);
    }

    /** A cache in {@code folder}. */
    static FontCache in(Path folder) {
        return of(DiskCache.in(folder, ".ttf"));
    }

    /** No cache: every font is subset. */
    static FontCache none() {
        return of(Cache.none());
    }

    /** Makes a font's subset; {@link FontCache#subset} calls it only when the cache has none. */
    interface Subsetter {
        byte[] subset() throws IOException;
    }

    /**
     * The subset kept for this font, subsetter, tables and characters, or else the one {@code make} makes,
     * which is then kept.
     */
    byte[] subset(URL font, URL subsetter, List<String> tables, SortedSet<Integer> codePoints, Subsetter make)
            throws IOException {
        if (!store.keeps()) {
            return make.subset();
        }
        String key = key(font, subsetter, tables, codePoints);
        byte[] kept = unpack(store.get(key));
        if (kept != null) {
            return kept;
        }
        byte[] bytes = make.subset();
        ByteArrayOutputStream out = new ByteArrayOutputStream(MAGIC.length() + 65 + bytes.length);
        out.writeBytes((MAGIC + UserCache.sha256(bytes) + "\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        store.put(key, out.toByteArray());
        return bytes;
    }

    /** The font an entry holds, or null when there is none or it is damaged. */
    private static byte[] unpack(byte[] entry) {
        if (entry == null) {
            return null;
        }
        int header = MAGIC.length() + 64 + 1;
        if (entry.length < header || !new String(entry, 0, MAGIC.length(), StandardCharsets.US_ASCII).equals(MAGIC)
                || entry[header - 1] != '\n') {
            return null;
        }
        byte[] bytes = Arrays.copyOfRange(entry, header, entry.length);
        String hash = new String(entry, MAGIC.length(), 64, StandardCharsets.US_ASCII);
        return hash.equals(UserCache.sha256(bytes)) ? bytes : null;
    }

    private static String key(URL font, URL subsetter, List<String> tables, SortedSet<Integer> codePoints) {
        return (MAGIC + "\n" + identity(font) + "\n" + subsetter + "\n" + tables + "\n"
                + ranges(codePoints));
    }

    /**
     * A font file's address with its size and modification time, which for a file in a jar come from the
     * jar's directory, already read by the class loader: cheap, unlike reading the font to hash it.
     */
    private static String identity(URL font) {
        try {
            URLConnection connection = font.openConnection();
            connection.setUseCaches(true);
            return font + " " + connection.getContentLengthLong() + " " + connection.getLastModified();
        } catch (IOException | RuntimeException e) {
            return font + " unknown";
        }
    }

    /** The characters as ranges, "20-7e,a0-ff,2022": short, and the same for the same set. */
    static String ranges(SortedSet<Integer> codePoints) {
        StringBuilder out = new StringBuilder();
        Iterator<Integer> it = codePoints.iterator();
        if (!it.hasNext()) {
            return "";
        }
        int start = it.next();
        int end = start;
        while (true) {
            Integer next = it.hasNext() ? it.next() : null;
            if (next != null && next == end + 1) {
                end = next;
                continue;
            }
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(Integer.toHexString(start));
            if (end != start) {
                out.append('-').append(Integer.toHexString(end));
            }
            if (next == null) {
                return out.toString();
            }
            start = next;
            end = next;
        }
    }
}
