/** Reports about a guide for its authors, such as which questions still lack an answer, code or a diagram. */
package studyguide.report;
