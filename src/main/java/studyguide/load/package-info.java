/** Reads a guide's files (YAML, Markdown, snippets, diagrams) into the content model, reporting every problem with its place. */
package studyguide.load;
