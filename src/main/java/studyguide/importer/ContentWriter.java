package studyguide.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * Puts the import's files into the content folder without ever overwriting the author's work: a file is
 * replaced only when it is as the last import left it (its SHA-256 is the recorded one), and a file the
 * last import wrote that this one does not is removed on the same condition. {@code force} replaces them all.
 */
final class ContentWriter {

    /**
     * What was done, each list of paths relative to the content folder.
     *
     * @param kept one line per file left as it is, saying why
     * @param hashes the files' hashes for the next record
     */
    record Outcome(List<String> written, List<String> unchanged, List<String> removed, List<String> kept,
            Map<String, String> hashes) {
    }

    private ContentWriter() {
    }

    /**
     * Writes {@code files} into the content folder; every name is checked first ({@link ContentPaths}, as the
     * record's were when it was read), so a folder in the content folder that is a link to outside stops the
     * import before it touches anything.
     */
    static Outcome write(ContentPaths paths, Map<String, byte[]> files, ImportRecord previous, boolean force, boolean dryRun)
            throws IOException {
        Problems refused = new Problems();
        for (String name : files.keySet()) {
            String refusal = paths.refusal(name);
            if (refusal != null) {
                refused.add(Position.of(paths.content().resolve(name)), refusal + "; an import writes only inside the "
                        + "content folder, so it imported nothing");
            }
        }
        refused.throwIfAny();
        Path content = paths.content();
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Map<String, String> hashes = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            String name = file.getKey();
            Path path = content.resolve(name);
            String recorded = previous.files().get(name);
            byte[] now = Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
            if (now != null && Arrays.equals(now, file.getValue())) {
                unchanged.add(name);
            } else if (now != null && !force && !ImportRecord.sha256(now).equals(recorded)) {
                kept.add("kept " + name + ": " + (recorded == null ? "it was not written by an import"
                        : "it was changed since the last import") + " (--force overwrites it)");
                if (recorded != null) {
                    hashes.put(name, recorded); // still the author's next time
                }
                continue;
            } else {
                written.add(name);
                if (!dryRun) {
                    put(path, file.getValue());
                }
            }
            hashes.put(name, ImportRecord.sha256(file.getValue()));
        }
        for (Map.Entry<String, String> old : previous.files().entrySet()) {
            Path path = content.resolve(old.getKey());
            if (files.containsKey(old.getKey()) || !Files.isRegularFile(path)) {
                continue;
            }
            if (force || ImportRecord.sha256(Files.readAllBytes(path)).equals(old.getValue())) {
                removed.add(old.getKey());
                if (!dryRun) {
                    Files.delete(path);
                }
            } else {
                kept.add("kept " + old.getKey() + ": the source no longer has it, but it was changed since the last "
                        + "import (delete it, or --force)");
                hashes.put(old.getKey(), old.getValue());
            }
        }
        return new Outcome(written, unchanged, removed, kept, hashes);
    }

    /** Writes through a temporary file beside the target, so an interrupted import leaves no half-written file. */
    static void put(Path path, byte[] bytes) throws IOException {
        Files.createDirectories(path.getParent());
        Path temp = path.resolveSibling("." + path.getFileName() + ".importing");
        // A new file, never through a link left at the temporary name (a content folder may be someone else's).
        Files.deleteIfExists(temp);
        Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
