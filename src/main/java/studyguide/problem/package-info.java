/** Problems found in a guide's content, each with the file, line and column it concerns. */
package studyguide.problem;
