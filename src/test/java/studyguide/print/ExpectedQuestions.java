package studyguide.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** What a sheet must print, read from a category's ordinary page: each question with its key points. */
public final class ExpectedQuestions {

    /** A question's text and key points, as a reader sees them. */
    public record Expected(String id, String text, List<String> keyPoints) {
    }

    private ExpectedQuestions() {
    }

    public static List<Expected> fromCategoryPage(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        return doc.select("article.question").stream()
                .map(a -> new Expected(a.id(), a.selectFirst(".question-title").text(), a.select(".key-points li").eachText()))
                .toList();
    }
}
