package studyguide.importer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The folder of a bank as given on the command line (a file's own folder for a file), and the one rule for
 * every file the import reads from it: with every symbolic link followed, the file lies inside the folder.
 * git keeps links, so a cloned bank could otherwise have a question file or an image that is a link to a
 * key file pulled into the guide and published. The build's {@code load.ContentRoot} keeps the content
 * folder by the same rule; the importer uses none of the build's packages, and the rule is one comparison.
 *
 * @param folder the folder as given, absolute and normalised: copies keep their path below it
 * @param real the folder with every link in its own path followed
 */
record BankFolder(Path folder, Path real) {

    static BankFolder of(Path folder) throws IOException {
        return new BankFolder(folder.toAbsolutePath().normalize(), folder.toRealPath());
    }

    /** Whether {@code file}, with every link followed, lies inside the folder; false when that cannot be told. */
    boolean holds(Path file) {
        try {
            return file.toRealPath().startsWith(real);
        } catch (IOException e) {
            return false;
        }
    }
}
