/** Quality gates over whole built sites: valid HTML, working links, accessibility, script safety, robustness. */
package studyguide.quality;
