package studyguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import studyguide.BuiltSites;
import studyguide.Slow;

/** Every page of every built site passes the Nu HTML Checker with zero errors. */
@Slow.Validator
class HtmlValidityTest {

    private static final HtmlChecker CHECKER = new HtmlChecker();

    @TestFactory
    Stream<DynamicTest> everyPageOfEverySiteIsValidHtml() {
        return BuiltSites.all().stream().map(site -> DynamicTest.dynamicTest(site.name(), () -> {
            List<Path> pages = site.pages();
            assertFalse(pages.isEmpty(), "no pages in " + site);
            List<String> errors = new ArrayList<>();
            for (Path page : pages) {
                for (String error : CHECKER.errors(page)) {
                    errors.add(site.root().relativize(page) + ":" + error);
                }
            }
            assertEquals(List.of(), errors, () -> site + ": " + errors.size() + " errors\n" + String.join("\n", errors));
        }));
    }

    /** The gate can fail: the checker finds a template's mistakes and the empty namespace some SVG serializers write. */
    @Test
    void checkerReportsInvalidMarkup(@TempDir Path temp) throws IOException {
        Path page = temp.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><head><title>t</title></head>"
                + "<body><p><div>block in p</div></p><a href=\"x\" href=\"y\">twice</a><svg viewBox=\"0 0 1 1\"><g xmlns=\"\"></g></svg></body></html>");
        List<String> errors = CHECKER.errors(page);
        assertEquals(3, errors.size(), errors::toString);
    }
}
