package studyguide.importer;

/** The shapes of question bank the importer recognises (docs/import.md shows each). */
public enum Shape {
    /** {@code ###### 12. What's the output?}, options {@code - A: ...}, the answer in {@code <details>}. */
    HIDDEN_ANSWER("numbered headings with a hidden answer"),
    /** {@code #### Q1. Which...?} and options as a task list, {@code - [x]} marking the right ones. */
    TASK_LIST("task-list quiz"),
    /** A numbered list whose items are {@code ### Question} headings followed by their answer. */
    QA_LIST("Q&A list with a table of contents");

    private final String words;

    Shape(String words) {
        this.words = words;
    }

    /** How the shape is named in the command's report. */
    public String words() {
        return words;
    }
}
