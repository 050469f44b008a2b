package studyguide.load;

import java.nio.file.Path;

/**
 * The files editors write beside the ones they edit: hidden files (vim's swap files, macOS's metadata),
 * backups ({@code answer.md~}), vim's {@code .swp} and {@code .swx}, Emacs's autosaves ({@code #answer.md#}).
 * They are not part of a guide: the loader does not list them, and {@code serve}'s watcher does not rebuild
 * when one changes.
 */
public final class EditorFiles {

    private EditorFiles() {
    }

    /** Whether the file at this path is an editor's own. */
    public static boolean is(Path file) {
        Path name = file.getFileName();
        return name != null && is(name.toString());
    }

    /** Whether a file of this name is an editor's own. */
    public static boolean is(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.startsWith("#");
    }
}
