/** Time limits that measure a thread's own work, so that a busy machine does not trip them. */
package studyguide.limit;
