package studyguide.view;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import studyguide.cache.Cache;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.QuestionView;

/**
 * A category's answers as text ({@link StructuredData#answerText}) and the entries of its FAQ data
 * ({@link StructuredData#faqEntry}), each made once a build, on the thread of the first page that needs it: the
 * category page needs them all, a question page its own answer.
 *
 * <p>In a one-off build the category page and the question's own page each ask for an answer once: the text is
 * held from the first to the second, which takes it out, and not held at all when the theme has no question pages.
 * Held to the end of the pages, the whole guide's texts were 170 MB at 100,000 questions.
 *
 * <p>In {@code serve} a category's texts are kept between builds by its page's address. A category whose view is
 * handed back unchanged costs one lookup a build, not one per question (at 10,000 questions that was 20,000
 * lookups on the main thread, before any page could start, in every rebuild); an edited category starts from the
 * texts of the questions whose views it hands back, and makes the others.
 */
public final class CategoryTexts {

    /** A question's text as made from its view: valid while the question's view is that very object. */
    private record Made(QuestionView view, String text) {
    }

    private final CategoryView category;
    private final Map<String, Made> answers = new ConcurrentHashMap<>();
    /** Entries for one address of the category page: a build with another base address makes them again. */
    private final Map<String, Made> faqEntries = new ConcurrentHashMap<>();
    private final String canonical;
    private final boolean kept;
    /** In a one-off build: whether a question's page asks for its answer after (or before) the category page. */
    private final boolean askedTwice;

    private CategoryTexts(CategoryView category, String canonical, boolean kept, boolean askedTwice) {
        this.category = category;
        this.canonical = canonical;
        this.kept = kept;
        this.askedTwice = askedTwice;
    }

    /**
     * The texts of {@code category} for a build whose category page is at {@code canonical} (null without a base
     * address): kept in {@code kept} from an earlier build when the category's view is the same object and the
     * address the same; otherwise new, with what the kept ones still hold for questions whose view is unchanged.
     *
     * @param questionPages whether each question has a page of its own, which asks for its answer's text
     */
    static CategoryTexts of(CategoryView category, String canonical, Cache<String, CategoryTexts> kept,
            boolean questionPages) {
        if (!kept.keeps()) {
            return new CategoryTexts(category, canonical, false, questionPages);
        }
        CategoryTexts earlier = kept.get(category.href());
        if (earlier != null && earlier.category == category && Objects.equals(earlier.canonical, canonical)) {
            return earlier;
        }
        CategoryTexts texts = new CategoryTexts(category, canonical, true, questionPages);
        if (earlier != null) {
            // Copied, not referred to: the texts kept next must not hold every earlier version of the category.
            boolean sameAddress = Objects.equals(earlier.canonical, canonical);
            category.groups().forEach(g -> g.questions().forEach(q -> {
                take(earlier.answers, texts.answers, q);
                if (sameAddress) {
                    take(earlier.faqEntries, texts.faqEntries, q);
                }
            }));
        }
        kept.put(category.href(), texts);
        return texts;
    }

    private static void take(Map<String, Made> from, Map<String, Made> to, QuestionView q) {
        Made made = from.get(q.id());
        if (made != null && made.view() == q) {
            to.put(q.id(), made);
        }
    }

    /** The category these texts are of. */
    CategoryView category() {
        return category;
    }

    /** The address of the category's page, or null without a base address. */
    String canonical() {
        return canonical;
    }

    /**
     * Whether the texts are kept for later builds: then the FAQ data is joined from entries kept one by one, and
     * otherwise written in one pass, as nothing would use the entries again.
     */
    boolean kept() {
        return kept;
    }

    /** The question's answer as text ({@link StructuredData#answerText}). */
    String answer(QuestionView q) {
        if (kept) {
            return made(answers, q, () -> StructuredData.answerText(q));
        }
        Made taken = answers.remove(q.id());
        if (taken != null && taken.view() == q) {
            return taken.text();
        }
        String text = StructuredData.answerText(q);
        if (askedTwice && answers.putIfAbsent(q.id(), new Made(q, text)) != null) {
            answers.remove(q.id()); // the other page made it at the same time, and has it: nobody asks again
        }
        return text;
    }

    /** The question's entry in the category's FAQ data, with {@code answer}, its answer as text. */
    String faqEntry(QuestionView q, String answer) {
        return made(faqEntries, q, () -> StructuredData.faqEntry(q, answer, canonical));
    }

    /** The text {@code made} holds for this very view of the question, or the one {@code make} makes, then held. */
    private static String made(Map<String, Made> made, QuestionView q, Supplier<String> make) {
        Made text = made.get(q.id());
        if (text == null || text.view() != q) {
            text = new Made(q, make.get());
            made.put(q.id(), text);
        }
        return text.text();
    }
}
