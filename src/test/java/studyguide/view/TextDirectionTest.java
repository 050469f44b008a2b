package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which languages' pages say dir="rtl": by the script the tag names, else by the language. */
class TextDirectionTest {

    @Test
    void arabicHebrewPersianAndUrduAreRightToLeftWithOrWithoutARegion() {
        for (String tag : List.of("ar", "he", "iw", "fa", "ur", "ar-EG", "he-IL", "fa-IR", "yi", "ps", "ckb", "dv",
                "az-Arab", "pa-Arab", "ku-Arab", "HE")) {
            assertTrue(TextDirection.rightToLeft(tag), tag);
        }
    }

    @Test
    void otherLanguagesAndScriptsAreLeftToRight() {
        for (String tag : List.of("en", "de", "ja", "zh-Hans", "pt-BR", "az", "az-Latn", "ku", "tr", "hi", "ar-Latn",
                "", "x")) {
            assertFalse(TextDirection.rightToLeft(tag), tag);
        }
        assertFalse(TextDirection.rightToLeft(null));
    }
}
