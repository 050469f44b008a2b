/** Checks that need the whole guide (or a library's guides) at once: unique question ids, related links that resolve, translations. */
package studyguide.validate;
