package studyguide.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import studyguide.model.Markdown;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * What reading one category file takes from outside its own text, taken through here and written down in
 * order: the file's YAML, the answer file of each question, each snippet and diagram file. A long-running
 * process ({@code serve}) keeps a category with its inputs, and uses it again when each input, asked again,
 * gives the same: the YAML and the files' texts as the very objects {@link ReadFiles} kept (their bytes did not
 * change), the answers equal. So an unchanged category costs a look at its files, not a reading of its questions,
 * and its questions are the same objects from build to build.
 */
final class CategoryInputs {

    /** One input and what it gave. */
    private sealed interface Input {
    }

    private record YamlRead(Path file, Path shownAs, ReadFiles.Yaml yaml) implements Input {
    }

    private record AnswerRead(String id, Markdown answer) implements Input {
    }

    /** A file a question names in a folder of the content: where it is (null: refused) and its text. */
    record FileRead(ContentFolder folder, String name, Position at, Path path, String text) implements Input {
    }

    private final ReadFiles files;
    private final Map<String, Markdown> answers;
    private final List<Input> taken = new ArrayList<>();

    CategoryInputs(ReadFiles files, Map<String, Markdown> answers) {
        this.files = files;
        this.answers = answers;
    }

    ReadFiles.Yaml yaml(Path file, Path shownAs, Problems problems) {
        ReadFiles.Yaml yaml = files.yaml(file, shownAs, problems);
        taken.add(new YamlRead(file, shownAs, yaml));
        return yaml;
    }

    /** The answer file of the question with this id, or null. */
    Markdown answer(String id) {
        Markdown answer = answers.get(id);
        taken.add(new AnswerRead(id, answer));
        return answer;
    }

    /** The file {@code name} in {@code folder}: its path and text, or nulls after recording why not. */
    FileRead file(ContentFolder folder, String name, Position at, Problems problems) {
        Path path = folder.resolve(name, at, problems);
        String text = path == null ? null : files.text(path, folder.shown(path), problems);
        FileRead read = new FileRead(folder, name, at, path, text);
        taken.add(read);
        return read;
    }

    /** What was taken, in order. */
    List<?> taken() {
        return List.copyOf(taken);
    }

    /**
     * Whether asking {@code files} and {@code answers} again for what {@code taken} lists gives the same; what
     * the asking finds wrong is not recorded (the category's own problems, kept with it, say it).
     */
    static boolean same(List<?> taken, ReadFiles files, Map<String, Markdown> answers) {
        Problems ignored = new Problems();
        for (Object input : taken) {
            if (!(input instanceof YamlRead y ? files.yaml(y.file(), y.shownAs(), ignored) == y.yaml()
                    : input instanceof AnswerRead a ? Objects.equals(answers.get(a.id()), a.answer())
                    : same((FileRead) input, files, ignored))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(FileRead f, ReadFiles files, Problems ignored) {
        // Resolving the name again follows each link on its path (a readlink and a stat a folder): at 10,000
        // questions, a rebuild's snippets and diagrams took more of serve's time than its edited answer.
        if (f.path() != null && files.stillKept(f.path(), f.text())) {
            return true;
        }
        Path path = f.folder().resolve(f.name(), f.at(), ignored);
        return Objects.equals(path, f.path())
                && (path == null || files.text(path, f.folder().shown(path), ignored) == f.text());
    }
}
