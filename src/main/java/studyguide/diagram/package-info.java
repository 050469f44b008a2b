/** Diagrams: PlantUML drawn to inline SVG in pure Java, in its SANDBOX profile, with includes read from inside the guide, a time limit per diagram, and a cache on disk. */
package studyguide.diagram;
