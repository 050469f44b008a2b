package studyguide.importer;

import java.nio.file.Path;
import java.util.List;

/** What the parsers read from a question bank, before ids are given and files are written. */
public final class Bank {

    private Bank() {
    }

    /**
     * One question as the source writes it.
     *
     * @param section the title of the {@code ##} section it is in, or null
     * @param title the question, inline Markdown
     * @param number the number the source gives it, or null
     * @param prompt Markdown shown with the question (code, images), or null
     * @param choices the options, empty when the question has none
     * @param answer the answer or explanation in Markdown, or null
     * @param references the links given as references
     * @param file the source file, as the user named it
     */
    public record Question(String section, String title, Integer number, String prompt, List<Choice> choices,
            String answer, List<Reference> references, Path file) {
        public Question {
            choices = List.copyOf(choices);
            references = List.copyOf(references);
        }
    }

    /** An option, in Markdown, and whether the source marks it as a right answer. */
    public record Choice(String text, boolean correct) {
    }

    /** A link the source gives as a reference. */
    public record Reference(String title, String url) {
    }
}
