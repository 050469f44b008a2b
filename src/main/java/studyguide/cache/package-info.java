/** Reuse between builds: an in-memory memo for serve (Memo) and the user's cache folder on disk (UserCache). */
package studyguide.cache;
