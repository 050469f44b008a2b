package studyguide.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import studyguide.limit.CpuTime;

/**
 * A long text that flexmark parses under a time limit. Some inputs make flexmark's parser quadratic
 * (unclosed link openers {@code [a](} in one paragraph: each looks for its destination to the paragraph's
 * end; docs/quality.md has the figures), and a parser cannot be stopped from outside; so the text it reads
 * stops it, from {@code charAt}, once the time is up (the parsing thread's processor time, see
 * {@link CpuTime}; the parser runs on the thread that calls it). Short texts are parsed as they are, unless they
 * hold the one short shape known to be exponential: quadratic work on a few thousand characters is quick,
 * and the check would slow every short answer down.
 */
final class TimeLimitedText implements CharSequence {

    /** Texts shorter than this are parsed without a limit, unless they hold a long run of backslashes. */
    static final int LIMITED_FROM_CHARS = 4 * 1024;
    /**
     * A run of backslashes this long makes a short text limited too: flexmark's expression for a link label
     * backtracks exponentially on a paragraph that starts with '[' and a run of backslashes (the fuzzer's
     * finding), and a run of 16 takes no measurable time while 40 take seconds.
     */
    static final int BACKSLASH_RUN = 16;
    /**
     * How long one Markdown text may take to parse: 1 ms per 100 characters, at least 250 ms and at most
     * 2 s. flexmark reads a megabyte of ordinary Markdown in a fraction of a second, so a text that needs
     * more is one of the shapes that make it quadratic, and a guide of many just under a fixed limit would
     * take their count times that limit.
     */
    static final long LIMIT_MILLIS = 2_000;
    static final long LEAST_LIMIT_MILLIS = 250;
    /**
     * How long each later text may take once one text of the renderer (one build) ran out of time, and how
     * many may run out before the rest of the limited texts are not read at all: the build fails already,
     * and a guide of many such texts would otherwise take their count times the limit.
     */
    static final long LIMIT_AFTER_A_TIMEOUT_MILLIS = 250;
    static final int MAX_TIMEOUTS = 3;

    /** Thrown from inside the parser when the time is up; the caller reports it. */
    static final class TooSlow extends RuntimeException {
        TooSlow() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final int start;
    private final int end;
    private final long deadline;
    private int reads;

    private TimeLimitedText(String text, int start, int end, long deadline) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.deadline = deadline;
    }

    /** The time limit of a text, before any text of the build ran out of time. */
    static long limitMillis(String text) {
        return Math.min(LIMIT_MILLIS, Math.max(LEAST_LIMIT_MILLIS, text.length() / 100));
    }

    /** Whether a text is read under a limit: when it is long, or holds a long run of backslashes. */
    static boolean limited(String text) {
        return text.length() >= LIMITED_FROM_CHARS || hasBackslashRun(text);
    }

    /** The text as flexmark's parser should read it: within {@code limitMillis} when {@link #limited}. */
    static BasedSequence of(String text, long limitMillis) {
        if (!limited(text)) {
            return BasedSequence.of(text);
        }
        return BasedSequence.of(new TimeLimitedText(text, 0, text.length(), CpuTime.currentThread() + limitMillis * 1_000_000));
    }

    private static boolean hasBackslashRun(String text) {
        for (int at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', at + 1)) {
            int end = at;
            while (end < text.length() && text.charAt(end) == '\\') {
                end++;
            }
            if (end - at >= BACKSLASH_RUN) {
                return true;
            }
            at = end;
        }
        return false;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xFFF) == 0 && CpuTime.currentThread() - deadline > 0) {
            throw new TooSlow();
        }
        return text.charAt(start + index);
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new TimeLimitedText(text, start + from, start + to, deadline);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
