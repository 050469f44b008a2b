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
//DEPS net.sourceforge.plantuml:plantuml-mit:1.2025.2
//DEPS org.webjars.npm:prismjs:1.30.0
//DEPS io.github.openhtmltopdf:openhtmltopdf-pdfbox:1.1.65
//DEPS io.github.openhtmltopdf:openhtmltopdf-svg-support:1.1.65
//DEPS org.jsoup:jsoup:1.24.1
//DEPS com.twelvemonkeys.imageio:imageio-webp:3.14.0
//DEPS net.sf.jasperreports:jasperreports-fonts:7.0.3
//SOURCES src/main/java/**.java
//FILES studyguide/=src/main/resources/studyguide/**
//FILES studyguide/theme/=templates/**
//FILES studyguide/schema/=docs/schema/**
//MAIN jbang_build
//JAVA_OPTIONS -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms128m -Xmn64m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xlog:cds=off -Xlog:cds+dynamic=off
//CDS

// JVM options (measured in docs/performance.md): C1 only and the Serial collector suit a run of seconds on
// two cores; a heap that starts at 128 MiB with a 64 MiB young generation, and grows only as far as the live
// data needs (at most 40% free after a full collection), keeps 10,000 questions near 330 MiB instead of the
// 1/64 of the machine's memory the JVM would otherwise take to start with. No -Xmx: a larger guide gets
// more memory, not an OutOfMemoryError.

// The build's entry point: `./jbang jbang-build.java [build|check] [options]`; see README.md.
// The class is not public because the file name has a hyphen; pom.xml builds the same sources.
class jbang_build {
    public static void main(String[] args) {
        studyguide.Main.main(args);
    }
}
