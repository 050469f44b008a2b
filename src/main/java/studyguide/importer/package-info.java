/**
 * The {@code import} command's work: recognises the shape of a Markdown question bank, reads it with
 * flexmark's syntax tree into {@link studyguide.importer.Bank} records and writes them as a guide in the
 * content format, keeping a record of what it wrote so that a later import never overwrites an author's edits.
 */
package studyguide.importer;
