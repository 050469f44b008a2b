/** Social cards: the picture a link preview shows for a page ({@code og:image}), drawn at build time with Java2D and kept between builds. */
package studyguide.social;
