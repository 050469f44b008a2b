/** The command line and the build pipeline: load, validate, render, write. */
package studyguide;
