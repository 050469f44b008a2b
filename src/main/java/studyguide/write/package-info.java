/** Writes a built site to disk safely: into a temporary folder first, swapped into place only on success. */
package studyguide.write;
