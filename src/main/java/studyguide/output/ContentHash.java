package studyguide.output;

import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The part of a file's name that changes with its bytes, so that no browser uses a copy it kept of an older
 * version (the search index's parts, the guide's images): 48 bits of the bytes' CRC-32C and CRC-32, 12
 * hexadecimal digits.
 *
 * <p>Two polynomials, each computed by an instruction of the processor, and 48 bits make two versions share a
 * name only by a chance of one in 2^48; bundlers name files by a non-cryptographic hash too. Nothing here
 * needs more: the name is never a cache key across guides. SHA-256 would run without the processor's SHA
 * instructions on the build's JVM, which compiles with C1 only (docs/performance.md), at about 7 ms a
 * megabyte.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** 12 lower-case hexadecimal digits of the bytes' CRC-32C and CRC-32. */
    public static String of(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return HexFormat.of().toHexDigits((int) c.getValue()) + HexFormat.of().toHexDigits((short) d.getValue());
    }
}
