package studyguide.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Where a build puts the site's files as soon as each is made, so that none waits in memory for the
 * others: the writer's staging folder, or nowhere for {@code check}. Safe to call from several threads.
 */
public interface OutputSink {

    /** Stores one finished file. */
    void add(OutputFile file) throws IOException;

    /** A stream for a file too large to make in memory first; the caller closes it. */
    OutputStream create(String path) throws IOException;

    /**
     * {@link #add} for a file the caller may ask to {@link #keep} in a later build; returns what that build
     * passes to {@code keep}, or null when this sink keeps nothing between builds.
     */
    default Object addKeepable(OutputFile file) throws IOException {
        add(file);
        return null;
    }

    /**
     * Keeps the file an earlier build added at {@code path} with {@link #addKeepable}, which gave {@code
     * written}, as this build's, without its bytes: true when that file is what the site has there, else
     * false, and the caller adds the file. A long-running process ({@code serve}) so leaves an unchanged
     * page in place without holding its bytes in memory.
     */
    default boolean keep(String path, Object written) throws IOException {
        return false;
    }

    /**
     * {@link #create(String)} for text: UTF-8 ({@link Utf8Writer}), buffered; the caller closes it. The buffer is
     * 8 KB: one is made for every page, and at 64 K characters they were a sixth of what a build of 10,000
     * questions allocated.
     */
    default Writer createText(String path) throws IOException {
        return new Utf8Writer(create(path), 8 * 1024);
    }

    /** This sink seen from a folder of the site: a library puts each guide's files under {@code guide-id/}. */
    default OutputSink under(String folder) {
        OutputSink whole = this;
        return new OutputSink() {
            @Override
            public void add(OutputFile file) throws IOException {
                whole.add(new OutputFile(folder + file.path(), file.bytes()));
            }

            @Override
            public OutputStream create(String path) throws IOException {
                return whole.create(folder + path);
            }

            @Override
            public Object addKeepable(OutputFile file) throws IOException {
                return whole.addKeepable(new OutputFile(folder + file.path(), file.bytes()));
            }

            @Override
            public boolean keep(String path, Object written) throws IOException {
                return whole.keep(folder + path, written);
            }
        };
    }

    /** A sink that keeps nothing: {@code check} renders every file to find problems and writes none. */
    static OutputSink discard() {
        return new OutputSink() {
            @Override
            public void add(OutputFile file) {
            }

            @Override
            public OutputStream create(String path) {
                return OutputStream.nullOutputStream();
            }
        };
    }
}
