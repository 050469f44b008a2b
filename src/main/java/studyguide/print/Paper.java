package studyguide.print;

import java.util.Locale;

/** The paper sizes the build renders PDFs for, with the suffix their file names carry. */
public enum Paper {
    A4(210f, 297f, "A4"),
    LETTER(215.9f, 279.4f, "US Letter");

    private final float widthMm;
    private final float heightMm;
    private final String label;

    Paper(float widthMm, float heightMm, String label) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.label = label;
    }

    public float widthMm() {
        return widthMm;
    }

    public float heightMm() {
        return heightMm;
    }

    /** How people call it: "A4", "US Letter". */
    public String label() {
        return label;
    }

    /** The file-name suffix: "a4", "letter". */
    public String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
