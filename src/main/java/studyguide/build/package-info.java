/** One build, stage by stage (Build): load, validate, render Markdown and diagrams, pages, search index, sheets and PDFs, exports, write; and what serve keeps between builds (RenderCache). */
package studyguide.build;
