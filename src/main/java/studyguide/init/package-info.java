/** The {@code init} command: a new guide's folder with a sample category, the default theme and the content schemas. */
package studyguide.init;
