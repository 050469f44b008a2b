/** Printable cheat sheets, quiz sheets, interviewer kits and flashcards: their HTML pages, their PDFs, and the fonts both use. */
package studyguide.print;
