/** The site's files as the stages make them (OutputFile) and where they go (OutputSink): the one type every stage that writes shares. */
package studyguide.output;
