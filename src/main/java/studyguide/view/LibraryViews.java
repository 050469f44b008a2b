package studyguide.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Library;
import studyguide.model.Page;
import studyguide.model.Question;
import studyguide.model.Site;
import studyguide.view.Views.GuideCard;
import studyguide.view.Views.LibraryView;
import studyguide.view.Views.Place;
import studyguide.view.Views.Translation;

/**
 * The views that tie a library's guides together: each guide's {@link Place} (the way back to the library,
 * the guide in its other languages) and the library's page. A guide and its translations are one family:
 * the guide that translates none, and every guide whose {@code translation_of} names it.
 */
public final class LibraryViews {

    /** The pages every guide has beside its categories, questions and free-form pages. */
    private static final List<String> OWN_PAGES = Site.OWN_PAGES.stream()
            .filter(p -> !p.equals("404")).map(p -> p + ".html").toList();

    private LibraryViews() {
    }

    /** Each guide's place, by id, for the guides that could be loaded ({@code guides}, by id, in the library's order). */
    public static Map<String, Place> places(Library library, Map<String, Guide> guides) {
        Map<String, Place> places = new HashMap<>();
        guides.forEach((id, guide) -> places.put(id, new Place(library.title(), "../index.html",
                family(id, guides, "../"))));
        return places;
    }

    /** The library's page: every guide that could be loaded, in the library's order. */
    public static LibraryView page(Map<String, Guide> guides) {
        List<GuideCard> cards = new ArrayList<>();
        guides.forEach((id, guide) -> {
            List<Translation> others = family(id, guides, "").stream().filter(t -> !t.current()).toList();
            cards.add(new GuideCard(id, guide.site().title(), guide.site().description(), id + "/index.html",
                    guide.questionCount(), guide.site().lang(), language(guide.site().lang()), others));
        });
        return new LibraryView(cards);
    }

    /** A language's name in itself: a reader looks for their own language by its own name. */
    public static String language(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        String name = locale.getDisplayName(locale);
        return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /**
     * The guide {@code id} in every language its family has, the original first, each reached from a guide's
     * root by {@code up} and its id; empty when the guide has no translation.
     */
    private static List<Translation> family(String id, Map<String, Guide> guides, String up) {
        String original = originalOf(id, guides);
        List<String> members = new ArrayList<>();
        guides.forEach((other, guide) -> {
            if (original.equals(originalOf(other, guides))) {
                members.add(other);
            }
        });
        members.remove(original);
        members.add(0, original);
        if (members.size() < 2) {
            return List.of();
        }
        List<Translation> family = new ArrayList<>();
        for (String member : members) {
            Guide guide = guides.get(member);
            family.add(new Translation(member, guide.site().lang(), language(guide.site().lang()), guide.site().title(),
                    up + member + "/", member.equals(id), paths(guide), questionPages(guide)));
        }
        return family;
    }

    /** The guide a guide translates, or itself when it translates none (or one the library lacks). */
    private static String originalOf(String id, Map<String, Guide> guides) {
        Guide guide = guides.get(id);
        if (guide == null || guide.site().translationOf() == null) {
            return id;
        }
        String original = guide.site().translationOf().value();
        return guides.containsKey(original) ? original : id;
    }

    private static Set<String> paths(Guide guide) {
        Set<String> paths = new HashSet<>(OWN_PAGES);
        for (Category c : guide.categories()) {
            paths.add(c.id() + ".html");
            for (Question q : c.questions()) {
                paths.add(QuestionUrls.page(c.id(), q.id()));
            }
        }
        for (Page p : guide.pages()) {
            paths.add(p.id() + ".html");
        }
        return Set.copyOf(paths);
    }

    private static Map<String, String> questionPages(Guide guide) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (Category c : guide.categories()) {
            for (Question q : c.questions()) {
                pages.put(q.id(), QuestionUrls.page(c.id(), q.id()));
            }
        }
        return Map.copyOf(pages);
    }
}
