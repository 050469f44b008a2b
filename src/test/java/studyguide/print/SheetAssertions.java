package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Assertions on printed sheets, shared by the tests of the build's PDFs and of the browser's print. */
public final class SheetAssertions {

    private SheetAssertions() {
    }

    public static void assertKeptTogether(String name, PdfText pdf, List<SheetFixture.Question> questions) {
        assertKeptTogether(name, pdf, questions.stream()
                .map(q -> new ExpectedQuestions.Expected(q.id(), q.text(), q.keyPoints())).toList());
    }

    /** Every question is printed, and all its key points are in the same column of the same page. */
    public static void assertKeptTogether(String name, PdfText pdf, Iterable<ExpectedQuestions.Expected> questions) {
        List<String> failures = new ArrayList<>();
        for (ExpectedQuestions.Expected q : questions) {
            Optional<PdfText.Place> place = pdf.find(q.text());
            if (place.isEmpty()) {
                failures.add(q.id() + " is missing");
            } else if (!pdf.inColumn(place.get(), q.text())) {
                failures.add(q.id() + " is split across columns or pages");
            } else {
                for (String point : q.keyPoints()) {
                    if (!pdf.inColumn(place.get(), point)) {
                        failures.add(q.id() + ": key point '" + point + "' is not in the question's column (page "
                                + place.get().page() + ", column " + (place.get().column() + 1) + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), failures, name);
    }

}
