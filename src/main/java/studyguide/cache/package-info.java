/** Reuse between builds: a Cache keyed by everything its work reads, in memory (Memo) or in the user's cache folder (DiskCache). */
package studyguide.cache;
