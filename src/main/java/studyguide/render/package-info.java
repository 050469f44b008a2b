/** Turns the content model into HTML: Markdown with flexmark, diagrams with PlantUML, pages with FreeMarker templates. */
package studyguide.render;
