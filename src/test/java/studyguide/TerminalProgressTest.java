package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private final AtomicLong now = new AtomicLong();
    private final StringWriter text = new StringWriter();
    private final TerminalProgress progress = new TerminalProgress(new PrintWriter(text), now::get, false);

    private void at(double seconds) {
        now.set((long) (seconds * TimeUnit.SECONDS.toNanos(1)));
        progress.draw();
    }

    @Test
    void aShortBuildShowsNothing() {
        progress.stage("rendering 1,000 questions");
        at(1.9);
        progress.close();
        assertEquals("", text.toString());
    }

    @Test
    void aLongBuildShowsItsStageOnOneLineAndErasesItAtTheEnd() {
        progress.stage("rendering 10,000 questions");
        at(2.2);
        at(2.3);
        progress.stage("writing pages");
        at(3.4);
        String first = "rendering 10,000 questions (2 s)";
        String second = "writing pages (3 s)";
        String drawn = "\r" + first + "\r" + second + " ".repeat(first.length() - second.length());
        assertEquals(drawn, text.toString());
        progress.close();
        String erased = "\r" + " ".repeat(second.length()) + "\r";
        assertEquals(drawn + erased, text.toString());
        at(5);
        assertEquals(drawn + erased, text.toString(), "nothing after it is closed");
    }
}
