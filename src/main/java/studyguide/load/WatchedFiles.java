package studyguide.load;

import java.nio.file.Path;

/**
 * Which files a watcher reports every change of, for a process that builds again and again as they change
 * ({@code serve}). Such a process tells {@link ReadFiles#forget} what the watcher reported before each build,
 * and a file it keeps is then as it was read without being read again.
 */
@FunctionalInterface
public interface WatchedFiles {

    /** No watcher: every kept file is compared with what is on disk. */
    WatchedFiles NONE = file -> false;

    /**
     * Whether every change to the file at this absolute, normalised path is reported: its folder is watched and
     * the watcher does not ignore its name. Links are {@link ReadFiles}' concern, not the watcher's.
     */
    boolean reports(Path file);
}
