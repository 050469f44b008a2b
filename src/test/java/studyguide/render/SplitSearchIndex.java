package studyguide.render;

import java.util.function.Supplier;

/** Builds with the search index split at other sizes than the build's, so tests can split a small guide. */
public final class SplitSearchIndex {

    private SplitSearchIndex() {
    }

    /**
     * Runs {@code build} with every index of more than {@code oneFileUpTo} characters of JSON split into
     * shards of about {@code shardSize}, then restores the build's sizes.
     */
    public static <T> T during(int oneFileUpTo, int shardSize, Supplier<T> build) {
        SearchIndex.Split before = SearchIndex.split;
        SearchIndex.split = new SearchIndex.Split(oneFileUpTo, shardSize);
        try {
            return build.get();
        } finally {
            SearchIndex.split = before;
        }
    }
}
