/** The content model: immutable records for a guide, its categories, questions, snippets, diagrams and pages. */
package studyguide.model;
