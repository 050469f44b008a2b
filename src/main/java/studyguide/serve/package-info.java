/** The {@code serve} command: an HTTP server on loopback that rebuilds the guide when its files change and reloads open pages. */
package studyguide.serve;
