/** One build, stage by stage (Build): load, validate, render Markdown and diagrams, pages, search index, sheets and PDFs, exports, write; and the caches it reuses work from (Caches). */
package studyguide.build;
