/** Pages from the theme: view records for templates (Views, built by ViewBuilder), FreeMarker (TemplateRenderer), the pages (PageRenderer), their JSON-LD, and the ids the theme reserves. */
package studyguide.view;
