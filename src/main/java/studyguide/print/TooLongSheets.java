package studyguide.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the person building is told about the sheets too long to lay out as PDFs, and what their stand-in PDFs
 * say: one warning for the whole guide's sheets and one for each category's, its sheets together, since a large
 * bank has every category's quiz sheet, interviewer kit and flashcards too long at once (at 10,000 questions in 8
 * categories, 27 sheets). The advice fits the sheet: a category's sheet for the whole guide's, while that kind's
 * category sheets fit; smaller categories for a category's.
 */
final class TooLongSheets {

    /** The categories warned about one by one; those after them are named together in one more warning. */
    static final int CATEGORIES_APART = 5;

    private TooLongSheets() {
    }

    /**
     * The warnings for these sheets, each with its page's length in bytes, in the guide's order: the whole guide's
     * sheets first, then each category's.
     */
    static List<String> warnings(Map<Sheet, Integer> tooLong) {
        Map<Sheet, Integer> whole = new LinkedHashMap<>();
        Map<String, Map<Sheet, Integer>> byCategory = new LinkedHashMap<>();
        tooLong.forEach((sheet, size) -> {
            if (sheet.wholeGuide()) {
                whole.put(sheet, size);
            } else {
                byCategory.computeIfAbsent(sheet.categoryId(), id -> new LinkedHashMap<>()).put(sheet, size);
            }
        });
        List<String> warnings = new ArrayList<>();
        if (!whole.isEmpty()) {
            Set<Sheet.Kind> tooLongInACategory = tooLong.keySet().stream().filter(s -> !s.wholeGuide())
                    .map(Sheet::kind).collect(Collectors.toSet());
            boolean categoriesFit = whole.keySet().stream().noneMatch(s -> tooLongInACategory.contains(s.kind()));
            warnings.add(String.format(Locale.ROOT, "the whole guide's %s (%s) %s too long to print %s: %s; %s",
                    kinds(whole), whole.keySet().stream().map(Sheet::htmlPath).collect(Collectors.joining(", ")),
                    whole.size() == 1 ? "is" : "are", sizes(whole), standIns(whole),
                    categoriesFit ? "print a category's sheet instead" : "print a category's sheet where it fits, or shorten the key points"));
        }
        int apart = 0;
        List<String> rest = new ArrayList<>();
        for (Map.Entry<String, Map<Sheet, Integer>> category : byCategory.entrySet()) {
            Map<Sheet, Integer> sheets = category.getValue();
            if (apart++ >= CATEGORIES_APART) {
                rest.add("'" + category.getKey() + "'");
                continue;
            }
            boolean keyPoints = sheets.keySet().stream().anyMatch(s -> s.kind() != Sheet.Kind.QUIZ);
            warnings.add(String.format(Locale.ROOT, "the %s of category '%s' (questions/%s.yaml) %s too long to print %s: "
                    + "%s; split the category into smaller ones%s", kinds(sheets), category.getKey(), category.getKey(),
                    sheets.size() == 1 ? "is" : "are", sizes(sheets), standIns(sheets), keyPoints ? ", or shorten its key points" : ""));
        }
        if (!rest.isEmpty()) {
            warnings.add(String.format(Locale.ROOT, "the sheets of %d more categories are too long to print as well, "
                    + "with the same stand-in PDFs: %s (questions/<category>.yaml)", rest.size(), String.join(", ", rest)));
        }
        return warnings;
    }

    /**
     * The text of a too-long sheet's stand-in PDF: what to print instead. In the words of the sheets' embedded font,
     * whose subset printing makes with these letters ({@link Printing}).
     */
    static String standInText(Sheet sheet) {
        return "This sheet is too long to print as PDF pages. " + (sheet.wholeGuide()
                ? "Print the sheet of one category instead, or open the page in a browser."
                : "Open the page in a browser to read it, or to print it from there.");
    }

    /** "cheat sheet", "quiz sheet and flashcard sheet", "quiz sheet, interviewer kit and flashcard sheet". */
    private static String kinds(Map<Sheet, Integer> sheets) {
        return and(sheets.keySet().stream().map(s -> name(s.kind())).toList());
    }

    /** "(456 KB of page, more than ...)", or "(456, 1,294 and 745 KB of page, more than ...)". */
    private static String sizes(Map<Sheet, Integer> sheets) {
        return "(" + and(sheets.values().stream().map(bytes -> String.format(Locale.ROOT, "%,d", bytes / 1024)).toList())
                + String.format(Locale.ROOT, " KB of page, more than the %,d KB laid out as PDF pages)", SheetPdfs.MAX_PAGE_BYTES / 1024);
    }

    private static String standIns(Map<Sheet, Integer> sheets) {
        return sheets.size() == 1 ? "its PDFs only say so, and its page prints from a browser"
                : "their PDFs only say so, and their pages print from a browser";
    }

    private static String name(Sheet.Kind kind) {
        return switch (kind) {
            case CHEATSHEET -> "cheat sheet";
            case QUIZ -> "quiz sheet";
            case INTERVIEWER -> "interviewer kit";
            case CARDS -> "flashcard sheet";
        };
    }

    private static String and(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
