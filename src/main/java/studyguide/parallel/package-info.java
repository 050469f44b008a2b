/** Work spread over several threads without a thread that waits for it spinning. */
package studyguide.parallel;
