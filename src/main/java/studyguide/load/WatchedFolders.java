package studyguide.load;

import java.nio.file.Path;

/**
 * Which folders a watcher reports every change in, for a process that builds again and again as they change
 * ({@code serve}): a file created, written, renamed or deleted in such a folder, other than an editor's own
 * ({@link EditorFiles}), is reported. Such a process tells {@link ReadFiles#forget} what the watcher reported
 * before each build, and a file or folder listing it keeps is then as it was read without being read again.
 */
@FunctionalInterface
public interface WatchedFolders {

    /** No watcher: every kept file is compared with what is on disk, every folder listed again. */
    WatchedFolders NONE = folder -> false;

    /** Whether every change in the folder at this absolute, normalised path is reported. */
    boolean watches(Path folder);
}
