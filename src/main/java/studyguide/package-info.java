/** The command line: build, check, serve and init (picocli). */
package studyguide;
