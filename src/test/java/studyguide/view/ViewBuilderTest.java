package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Guide;
import studyguide.model.Question;
import studyguide.problem.Problems;

class ViewBuilderTest {

    @Test
    void optionsAreLetteredLikeSpreadsheetColumns() {
        assertEquals("A", ViewBuilder.letter(0));
        assertEquals("D", ViewBuilder.letter(3));
        assertEquals("Z", ViewBuilder.letter(25));
        assertEquals("AA", ViewBuilder.letter(26));
        assertEquals("AB", ViewBuilder.letter(27));
        assertEquals("BA", ViewBuilder.letter(52));
    }

    /** The search index reads the prompt with the options, and the answer with the intent and the options' explanations. */
    @Test
    void eachQuestionsPlainTextComesBesideTheViewsInTheGuidesOrder() {
        Problems problems = new Problems();
        Guide guide = new GuideLoader(problems).load(Path.of("src/test/resources/guides/quiz"));
        DiagramRenderer diagrams = new DiagramRenderer(problems);
        List<SearchText> texts = new ViewBuilder(new MarkdownRenderer(diagrams, problems), diagrams).build(guide, null)
                .searchTexts();
        problems.throwIfAny();
        List<Question> questions = guide.questions().toList();
        assertEquals(questions.size(), texts.size());

        SearchText quiz = texts.get(index(questions, "closure-counter"));
        assertEquals(List.of("function makeCounter() {", "let n = 0;", "return () => ++n;", "}",
                "const counter = makeCounter();", "3", "1", "undefined", "A ReferenceError"), lines(quiz.prompt()));
        assertEquals(List.of("Each call increments the same captured n.", "That would need a new closure for every call.",
                "n is in scope: the arrow function closes over it."), lines(quiz.answer()));
        assertEquals(List.of(), quiz.keyPoints());

        SearchText open = texts.get(index(questions, "what-is-a-closure"));
        assertEquals(List.of("A function together with the variables in scope where it was created",
                "Lets callbacks and factories keep private state"), open.keyPoints().stream().map(String::strip).toList());
        assertEquals("", open.prompt());
        assertEquals(List.of("A closure is a function bundled with references to the variables of the scope it was created in. "
                + "It keeps those variables alive after the outer function returns."), lines(open.answer()));
    }

    private static int index(List<Question> questions, String id) {
        return questions.stream().map(Question::id).toList().indexOf(id);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
