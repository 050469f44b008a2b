/** Markdown to HTML with flexmark: the extensions, the link policy, links to the guide's files, the time limit for long texts, heading ids, and the plain text the search index reads. */
package studyguide.markdown;
