/** Printable cheat sheets and quiz sheets: their HTML pages, their PDFs, and the fonts both use. */
package studyguide.print;
