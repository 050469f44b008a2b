///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS com.vladsch.flexmark:flexmark:0.64.8
//DEPS com.vladsch.flexmark:flexmark-ext-tables:0.64.8
//DEPS com.vladsch.flexmark:flexmark-ext-gfm-strikethrough:0.64.8
//DEPS com.vladsch.flexmark:flexmark-ext-gfm-tasklist:0.64.8
//DEPS com.vladsch.flexmark:flexmark-ext-footnotes:0.64.8
//DEPS com.vladsch.flexmark:flexmark-ext-autolink:0.64.8
//DEPS com.vladsch.flexmark:flexmark-ext-anchorlink:0.64.8
//DEPS org.freemarker:freemarker:2.3.35
//DEPS com.fasterxml.jackson.dataformat:jackson-dataformat-yaml:2.23.0
//DEPS info.picocli:picocli:4.7.7
//DEPS net.sourceforge.plantuml:plantuml-mit:1.2026.10
//DEPS org.webjars.npm:prismjs:1.30.0
//DEPS io.github.openhtmltopdf:openhtmltopdf-pdfbox:1.1.65
//DEPS io.github.openhtmltopdf:openhtmltopdf-svg-support:1.1.65
//DEPS org.jsoup:jsoup:1.24.1
//DEPS com.twelvemonkeys.imageio:imageio-webp:3.14.0
//DEPS net.sf.jasperreports:jasperreports-fonts:7.0.3
//MAIN jbang_build
//JAVA_OPTIONS -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms128m -Xmn64m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xlog:cds=off -Xlog:cds+dynamic=off
//CDS

// JVM options (measured in docs/performance.md): C1 only and the Serial collector suit a run of seconds on
// two cores; a heap that starts at 128 MiB with a 64 MiB young generation, and grows only as far as the live
// data needs (at most 40% free after a full collection), keeps 10,000 questions near 330 MiB instead of the
// 1/64 of the machine's memory the JVM would otherwise take to start with. No -Xmx: a larger guide gets
// more memory, not an OutOfMemoryError.

// Sources and resources are listed file by file at the end: JBang expands wildcards only for a script on
// disk, and `jbang studyguide@<owner>/<repo>` fetches the script and each file it names from GitHub.

// The build's entry point: `./jbang jbang-build.java [build|check] [options]`; see README.md.
// The class is not public because the file name has a hyphen; pom.xml builds the same sources.
class jbang_build {
    public static void main(String[] args) {
        studyguide.Main.main(args);
    }
}

// The files of the build, one per line (tools/jbang-sources.py writes this list; do not edit by hand).
//SOURCES src/main/java/studyguide/ImportCommand.java
//SOURCES src/main/java/studyguide/InitCommand.java
//SOURCES src/main/java/studyguide/Main.java
//SOURCES src/main/java/studyguide/ServeCommand.java
//SOURCES src/main/java/studyguide/TerminalProgress.java
//SOURCES src/main/java/studyguide/build/Assets.java
//SOURCES src/main/java/studyguide/build/Background.java
//SOURCES src/main/java/studyguide/build/Build.java
//SOURCES src/main/java/studyguide/build/Outputs.java
//SOURCES src/main/java/studyguide/build/Progress.java
//SOURCES src/main/java/studyguide/build/RenderCache.java
//SOURCES src/main/java/studyguide/build/Timings.java
//SOURCES src/main/java/studyguide/build/WarmUp.java
//SOURCES src/main/java/studyguide/build/package-info.java
//SOURCES src/main/java/studyguide/cache/Memo.java
//SOURCES src/main/java/studyguide/cache/UserCache.java
//SOURCES src/main/java/studyguide/cache/package-info.java
//SOURCES src/main/java/studyguide/diagram/DiagramCache.java
//SOURCES src/main/java/studyguide/diagram/DiagramIncludes.java
//SOURCES src/main/java/studyguide/diagram/DiagramRenderer.java
//SOURCES src/main/java/studyguide/diagram/package-info.java
//SOURCES src/main/java/studyguide/export/AnkiExport.java
//SOURCES src/main/java/studyguide/export/EmbeddedImages.java
//SOURCES src/main/java/studyguide/export/Exports.java
//SOURCES src/main/java/studyguide/export/JsonExport.java
//SOURCES src/main/java/studyguide/export/SingleFile.java
//SOURCES src/main/java/studyguide/export/package-info.java
//SOURCES src/main/java/studyguide/importer/Bank.java
//SOURCES src/main/java/studyguide/importer/Blocks.java
//SOURCES src/main/java/studyguide/importer/Choices.java
//SOURCES src/main/java/studyguide/importer/ContentWriter.java
//SOURCES src/main/java/studyguide/importer/ContentYaml.java
//SOURCES src/main/java/studyguide/importer/HiddenAnswerParser.java
//SOURCES src/main/java/studyguide/importer/Ids.java
//SOURCES src/main/java/studyguide/importer/Images.java
//SOURCES src/main/java/studyguide/importer/ImportRecord.java
//SOURCES src/main/java/studyguide/importer/Importer.java
//SOURCES src/main/java/studyguide/importer/QaListParser.java
//SOURCES src/main/java/studyguide/importer/Shape.java
//SOURCES src/main/java/studyguide/importer/ShapeDetector.java
//SOURCES src/main/java/studyguide/importer/SourceDocument.java
//SOURCES src/main/java/studyguide/importer/TaskListParser.java
//SOURCES src/main/java/studyguide/importer/Translations.java
//SOURCES src/main/java/studyguide/importer/package-info.java
//SOURCES src/main/java/studyguide/init/Skeleton.java
//SOURCES src/main/java/studyguide/init/package-info.java
//SOURCES src/main/java/studyguide/limit/CpuTime.java
//SOURCES src/main/java/studyguide/limit/package-info.java
//SOURCES src/main/java/studyguide/load/CategoryReader.java
//SOURCES src/main/java/studyguide/load/ContentFolder.java
//SOURCES src/main/java/studyguide/load/ContentRoot.java
//SOURCES src/main/java/studyguide/load/Fields.java
//SOURCES src/main/java/studyguide/load/GuideLoader.java
//SOURCES src/main/java/studyguide/load/Languages.java
//SOURCES src/main/java/studyguide/load/LineStarts.java
//SOURCES src/main/java/studyguide/load/ReadFiles.java
//SOURCES src/main/java/studyguide/load/SourceReader.java
//SOURCES src/main/java/studyguide/load/TextFiles.java
//SOURCES src/main/java/studyguide/load/WebAddress.java
//SOURCES src/main/java/studyguide/load/YamlNode.java
//SOURCES src/main/java/studyguide/load/YamlReader.java
//SOURCES src/main/java/studyguide/load/package-info.java
//SOURCES src/main/java/studyguide/markdown/HtmlIds.java
//SOURCES src/main/java/studyguide/markdown/InlineParserWithoutCopies.java
//SOURCES src/main/java/studyguide/markdown/LinkPolicy.java
//SOURCES src/main/java/studyguide/markdown/MarkdownRenderer.java
//SOURCES src/main/java/studyguide/markdown/MediaLinks.java
//SOURCES src/main/java/studyguide/markdown/PlainText.java
//SOURCES src/main/java/studyguide/markdown/QuickAutolinkExtension.java
//SOURCES src/main/java/studyguide/markdown/QuickTablesExtension.java
//SOURCES src/main/java/studyguide/markdown/TimeLimitedText.java
//SOURCES src/main/java/studyguide/markdown/package-info.java
//SOURCES src/main/java/studyguide/media/ExternalImage.java
//SOURCES src/main/java/studyguide/media/ImageSize.java
//SOURCES src/main/java/studyguide/media/ImageSizes.java
//SOURCES src/main/java/studyguide/media/Media.java
//SOURCES src/main/java/studyguide/media/MediaFile.java
//SOURCES src/main/java/studyguide/media/package-info.java
//SOURCES src/main/java/studyguide/model/Category.java
//SOURCES src/main/java/studyguide/model/Choice.java
//SOURCES src/main/java/studyguide/model/ControlCharacters.java
//SOURCES src/main/java/studyguide/model/Diagram.java
//SOURCES src/main/java/studyguide/model/Guide.java
//SOURCES src/main/java/studyguide/model/Located.java
//SOURCES src/main/java/studyguide/model/Markdown.java
//SOURCES src/main/java/studyguide/model/Page.java
//SOURCES src/main/java/studyguide/model/Question.java
//SOURCES src/main/java/studyguide/model/Reference.java
//SOURCES src/main/java/studyguide/model/Site.java
//SOURCES src/main/java/studyguide/model/Snippet.java
//SOURCES src/main/java/studyguide/model/Source.java
//SOURCES src/main/java/studyguide/model/package-info.java
//SOURCES src/main/java/studyguide/output/OutputFile.java
//SOURCES src/main/java/studyguide/output/OutputSink.java
//SOURCES src/main/java/studyguide/output/package-info.java
//SOURCES src/main/java/studyguide/package-info.java
//SOURCES src/main/java/studyguide/print/FontCache.java
//SOURCES src/main/java/studyguide/print/NoSystemFonts.java
//SOURCES src/main/java/studyguide/print/Paper.java
//SOURCES src/main/java/studyguide/print/PdfCache.java
//SOURCES src/main/java/studyguide/print/PdfRenderer.java
//SOURCES src/main/java/studyguide/print/PrintFonts.java
//SOURCES src/main/java/studyguide/print/Printing.java
//SOURCES src/main/java/studyguide/print/RenderedSheet.java
//SOURCES src/main/java/studyguide/print/Sheet.java
//SOURCES src/main/java/studyguide/print/SheetFigure.java
//SOURCES src/main/java/studyguide/print/SheetPages.java
//SOURCES src/main/java/studyguide/print/SheetPdfs.java
//SOURCES src/main/java/studyguide/print/SheetView.java
//SOURCES src/main/java/studyguide/print/package-info.java
//SOURCES src/main/java/studyguide/problem/ContentException.java
//SOURCES src/main/java/studyguide/problem/Position.java
//SOURCES src/main/java/studyguide/problem/Problem.java
//SOURCES src/main/java/studyguide/problem/Problems.java
//SOURCES src/main/java/studyguide/problem/Suggestions.java
//SOURCES src/main/java/studyguide/problem/package-info.java
//SOURCES src/main/java/studyguide/report/Coverage.java
//SOURCES src/main/java/studyguide/report/ExternalImages.java
//SOURCES src/main/java/studyguide/report/package-info.java
//SOURCES src/main/java/studyguide/search/SearchIndex.java
//SOURCES src/main/java/studyguide/search/SearchTerms.java
//SOURCES src/main/java/studyguide/search/package-info.java
//SOURCES src/main/java/studyguide/serve/LiveReload.java
//SOURCES src/main/java/studyguide/serve/Serve.java
//SOURCES src/main/java/studyguide/serve/SiteServer.java
//SOURCES src/main/java/studyguide/serve/SourceWatcher.java
//SOURCES src/main/java/studyguide/serve/package-info.java
//SOURCES src/main/java/studyguide/validate/GuideValidator.java
//SOURCES src/main/java/studyguide/validate/package-info.java
//SOURCES src/main/java/studyguide/view/BundledFiles.java
//SOURCES src/main/java/studyguide/view/PageRenderer.java
//SOURCES src/main/java/studyguide/view/PrismBundle.java
//SOURCES src/main/java/studyguide/view/RenderedGuide.java
//SOURCES src/main/java/studyguide/view/StructuredData.java
//SOURCES src/main/java/studyguide/view/TemplateRenderer.java
//SOURCES src/main/java/studyguide/view/Theme.java
//SOURCES src/main/java/studyguide/view/ThemeIds.java
//SOURCES src/main/java/studyguide/view/ViewBuilder.java
//SOURCES src/main/java/studyguide/view/Views.java
//SOURCES src/main/java/studyguide/view/package-info.java
//SOURCES src/main/java/studyguide/write/OutputFolder.java
//SOURCES src/main/java/studyguide/write/SiteWriter.java
//SOURCES src/main/java/studyguide/write/UnsafeOutputException.java
//SOURCES src/main/java/studyguide/write/WrittenFiles.java
//SOURCES src/main/java/studyguide/write/package-info.java
//FILES studyguide/export/single-file-links.js=src/main/resources/studyguide/export/single-file-links.js
//FILES studyguide/init/README.md=src/main/resources/studyguide/init/README.md
//FILES studyguide/init/pages.yml=src/main/resources/studyguide/init/pages.yml
//FILES studyguide/serve/live.js=src/main/resources/studyguide/serve/live.js
//FILES studyguide/theme/404.ftlh=templates/404.ftlh
//FILES studyguide/theme/assets/favicon.svg=templates/assets/favicon.svg
//FILES studyguide/theme/assets/flashcards.js=templates/assets/flashcards.js
//FILES studyguide/theme/assets/highlight.js=templates/assets/highlight.js
//FILES studyguide/theme/assets/interview.js=templates/assets/interview.js
//FILES studyguide/theme/assets/practice-mode.js=templates/assets/practice-mode.js
//FILES studyguide/theme/assets/print.css=templates/assets/print.css
//FILES studyguide/theme/assets/print.js=templates/assets/print.js
//FILES studyguide/theme/assets/search.css=templates/assets/search.css
//FILES studyguide/theme/assets/search.js=templates/assets/search.js
//FILES studyguide/theme/assets/sheet.css=templates/assets/sheet.css
//FILES studyguide/theme/assets/study.css=templates/assets/study.css
//FILES studyguide/theme/assets/study.js=templates/assets/study.js
//FILES studyguide/theme/assets/style.css=templates/assets/style.css
//FILES studyguide/theme/category.ftlh=templates/category.ftlh
//FILES studyguide/theme/cheatsheet.ftlh=templates/cheatsheet.ftlh
//FILES studyguide/theme/flashcards.ftlh=templates/flashcards.ftlh
//FILES studyguide/theme/header-tools.ftlh=templates/header-tools.ftlh
//FILES studyguide/theme/index.ftlh=templates/index.ftlh
//FILES studyguide/theme/interview.ftlh=templates/interview.ftlh
//FILES studyguide/theme/layout.ftlh=templates/layout.ftlh
//FILES studyguide/theme/page.ftlh=templates/page.ftlh
//FILES studyguide/theme/print-links.ftlh=templates/print-links.ftlh
//FILES studyguide/theme/question.ftlh=templates/question.ftlh
//FILES studyguide/theme/quiz.ftlh=templates/quiz.ftlh
//FILES studyguide/theme/sheet.ftlh=templates/sheet.ftlh
//FILES studyguide/theme/single-file.ftlh=templates/single-file.ftlh
//FILES studyguide/theme/study-tools.ftlh=templates/study-tools.ftlh
//FILES studyguide/schema/export.schema.json=docs/schema/export.schema.json
//FILES studyguide/schema/questions.schema.json=docs/schema/questions.schema.json
//FILES studyguide/schema/site.schema.json=docs/schema/site.schema.json
