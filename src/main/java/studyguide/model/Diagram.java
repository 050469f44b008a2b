package studyguide.model;

import studyguide.problem.Position;

/**
 * A diagram from {@code diagrams/}: PlantUML source to render, or an SVG file to inline.
 *
 * @param source the file's text
 * @param position the diagram file, for errors inside it
 */
public record Diagram(String file, String caption, Kind kind, String source, boolean cheatsheet, Position position) {

    /** How the diagram file is turned into a picture. */
    public enum Kind { PLANTUML, SVG }
}
