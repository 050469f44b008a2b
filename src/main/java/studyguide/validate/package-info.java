/** Checks that need the whole guide at once: unique question ids and related links that resolve. */
package studyguide.validate;
