/** The search index: terms of every question, written as JavaScript that works from file://, split into parts for large guides. */
package studyguide.search;
