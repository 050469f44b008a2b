/** The files a guide's Markdown links to (images, PDFs): found inside the content folder, measured, and copied into the site once each under a content-hashed name. */
package studyguide.media;
