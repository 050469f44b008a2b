/** The guide in other shapes, written to {@code site/export/}: JSON, an Anki deck as CSV, and one self-contained HTML file. */
package studyguide.export;
