package studyguide.quality;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a damaged copy of a valid content file, drawn from a seeded random source: broken YAML, values
 * of the wrong type, odd Unicode, huge values, deep nesting, stray binary bytes, and Markdown and
 * PlantUML that parsers find hard. Each mutation says what it did, so a failure can be reproduced.
 */
final class ContentMutator {

    /** A damaged file and a one-line description of the damage. */
    record Mutation(byte[] bytes, String description) {
    }

    private record Kind(String name, BiFunction<String, Random, String> apply) {
    }

    /** Tokens that mean something to a YAML parser. */
    private static final List<String> YAML_TOKENS = List.of(": ", "- ", "[", "]", "{", "}", "&a ", "*a", "*undefined",
            "!!binary ", "!!python/object:os.system ", "!!java.net.URL [\"https://x.test\"] ", "<<: *a", "? ", "|", ">",
            "|-", ">+", "---\n", "...\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "\"", "'", "#", "\t", "@", "`", ",", "!!int ",
            "!!float ", "!!timestamp 2001-12-14 ", "~", "null", "true", "0x1F", "0o17", "1e999999", "-.inf", ".nan",
            "!custom ", "!!set ", "!!omap ", "\\", "\"\\x00\"", "\"\\uD800\"", "\"\\U0010FFFF\"", "\"\\q\"", "=");

    /** Values of every type and size that a key could be given instead of its own. */
    private static final List<String> WRONG_VALUES = List.of("[1, 2]", "{a: b}", "123", "-0.5", "true", "null", "~",
            "\"\"", "''", "[]", "{}", "[[[]]]", "!!binary aGVsbG8=", "2001-12-14t21:59:43.10-05:00", "0x7FFFFFFFFFFFFFFFFF",
            "1" + "0".repeat(5000), "-" + "9".repeat(400) + ".5e-99999", "&x [*x]", "*nope", "|\n  block\n",
            "\"\\0\\a\\b\\e\\v\\N\\_\\L\\P\"", "[" + "a, ".repeat(2000) + "b]", "{" + "k: v, ".repeat(3) + "k: dup}");

    /** Characters that text handling trips over. */
    private static final List<String> ODD_TEXT = List.of("\u202e", "\u200b", "\u200d", "\ufeff", "\u0085", "\u2028",
            "\u2029", "\ufffd", "\uffff", "\ufffe", "\ue000", "\ud83d\ude00", "\ud800\udc00", "e\u0301", "\u0301".repeat(500),
            "\u0000", "\u0007", "\u001b[31m", "\r", "\r\n", "\u00a0", "\u3000", "\u0130", "\u00df", "\ufb03", "\u0661\u0662",
            "\u05d0\u05d1", "\u2126", "\u212a", "\u1e9e", "\u00ad", "\u034f", "\u115f", "\ud834\udd1e", "%s%n%d",
            "${x}", "<#if>", "${'$'}", "<@layout.page/>", "&amp;", "&#0;", "&#xD800;", "&#x110000;", "<![CDATA[", "]]>",
            "<!--", "-->", "</script>", "<img src=x onerror=1>", "javascript:", "../../../../etc/passwd", "C:\\x",
            "%00", "%2e%2e/", "\\\\server\\share");

    /** Markdown constructs that are expensive or deep for a parser. */
    private static final List<String> MARKDOWN_STRESS = List.of(">".repeat(5000) + " deep", "- ".repeat(2000) + "deep",
            "[".repeat(5000), "]".repeat(5000), "*".repeat(10000), "_a".repeat(5000), "`".repeat(3000), "<".repeat(5000),
            "![".repeat(3000) + "x" + "](y)".repeat(3000), "[a](".repeat(3000), "|" + " a |".repeat(2000) + "\n|"
            + "---|".repeat(2000), "```plantuml\n@startuml\nA -> B\n", "```plantuml\n" + "A -> B\n".repeat(500) + "```",
            "```plantuml\n!include /etc/passwd\n```", "```plantuml\n!include https://example.invalid/x.puml\n```",
            "```plantuml\nscale 100000\nA -> B\n```", "```plantuml\nskinparam dpi 20000\nA -> B\n```",
            "[^x]\n\n[^x]: " + "[^x]".repeat(100), "[^" + "a".repeat(5000) + "]", "#".repeat(20) + " h",
            "1. ".repeat(1000) + "x", "    " + "\t".repeat(1000) + "x", "<div>\n".repeat(2000), "&#x1F600;".repeat(3000),
            "<details><summary>x</summary>", "\\".repeat(5001), "[x]: <" + "a".repeat(10000) + ">\n[x]",
            "http://" + "a.".repeat(3000) + "com", "www." + "a".repeat(10000), "a@" + "b.".repeat(3000) + "c",
            "- [ ] ".repeat(1000), "~~".repeat(5000), "| a |\n|---|\n" + "| b |\n".repeat(5000));

    /** Lines a PlantUML file could hold that are large, odd or refer outside. */
    private static final List<String> PLANTUML_STRESS = List.of("!include /etc/passwd", "!include ../../pom.xml",
            "!includeurl https://example.invalid/x", "!pragma layout elk", "!pragma layout dot", "scale 100000",
            "skinparam dpi 20000", "scale 0.00001", "@startuml", "@enduml", "@startmindmap", "@startgantt", "@startjson",
            "!define X X X", "!procedure $p()\n$p()\n!endprocedure\n$p()", "!while 1\n!endwhile",
            "!$x = %strlen(\"" + "a".repeat(10000) + "\")", "participant " + "P".repeat(20000),
            "A -> B : " + "\\n".repeat(5000), "note over A\n" + "x\n".repeat(3000) + "end note",
            "class C {\n" + "+f()\n".repeat(2000) + "}", "(" + "(".repeat(3000), "!theme nope", "!import nope",
            "sprite $s [16x16/16] {\n" + "F".repeat(4000) + "\n}", "title <img:/etc/passwd>", "A -> B : <img:x.png>",
            "A -> B : [[https://example.invalid/x]]", "left to right direction", "!assert 1 == 2 : failed");

    private final List<Kind> kinds = new ArrayList<>();

    ContentMutator() {
        kinds.add(new Kind("delete a range", (t, r) -> {
            int from = r.nextInt(t.length() + 1);
            int to = Math.min(t.length(), from + 1 + r.nextInt(r.nextBoolean() ? 3 : 80));
            return t.substring(0, from) + t.substring(to);
        }));
        kinds.add(new Kind("duplicate a range", (t, r) -> {
            int from = r.nextInt(t.length() + 1);
            int to = Math.min(t.length(), from + r.nextInt(120));
            return t.substring(0, to) + t.substring(from, to) + t.substring(to);
        }));
        kinds.add(new Kind("truncate", (t, r) -> t.substring(0, r.nextInt(t.length() + 1))));
        kinds.add(new Kind("empty the file", (t, r) -> r.nextBoolean() ? "" : " \n\t\n"));
        kinds.add(new Kind("swap two lines", (t, r) -> {
            List<String> lines = new ArrayList<>(t.lines().toList());
            if (lines.size() > 1) {
                java.util.Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
            }
            return String.join("\n", lines) + "\n";
        }));
        kinds.add(new Kind("re-indent a line", (t, r) -> {
            List<String> lines = new ArrayList<>(t.lines().toList());
            int i = r.nextInt(Math.max(1, lines.size()));
            if (i < lines.size()) {
                String line = lines.get(i);
                lines.set(i, r.nextBoolean() ? " ".repeat(1 + r.nextInt(5)) + line : line.stripLeading());
            }
            return String.join("\n", lines) + "\n";
        }));
        kinds.add(new Kind("insert a YAML token", (t, r) -> insert(t, r, pick(YAML_TOKENS, r))));
        kinds.add(new Kind("replace a value with another type", (t, r) -> replaceValue(t, r, pick(WRONG_VALUES, r))));
        kinds.add(new Kind("insert odd text", (t, r) -> insert(t, r, pick(ODD_TEXT, r))));
        kinds.add(new Kind("replace a value with odd text", (t, r) -> replaceValue(t, r,
                "\"" + pick(ODD_TEXT, r).replace("\\", "\\\\").replace("\"", "\\\"") + "\"")));
        kinds.add(new Kind("huge value", (t, r) -> replaceValue(t, r, "\"" + "x".repeat(1 << (10 + r.nextInt(11))) + "\"")));
        kinds.add(new Kind("deep nesting", (t, r) -> {
            int depth = 10 + r.nextInt(r.nextBoolean() ? 50 : 5000);
            String deep = r.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "{a: ".repeat(depth) + "1" + "}".repeat(depth);
            return replaceValue(t, r, deep);
        }));
        kinds.add(new Kind("deep block nesting", (t, r) -> {
            StringBuilder b = new StringBuilder("\nnested:\n");
            int depth = 10 + r.nextInt(200);
            for (int i = 0; i < depth; i++) {
                b.append("  ".repeat(i + 1)).append(r.nextBoolean() ? "- " : "k: ").append('\n');
            }
            return insert(t, r, b.toString());
        }));
        kinds.add(new Kind("alias bomb", (t, r) -> "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e]\n" + t));
        kinds.add(new Kind("Markdown stress", (t, r) -> insert(t, r, "\n" + pick(MARKDOWN_STRESS, r) + "\n")));
        kinds.add(new Kind("PlantUML stress", (t, r) -> insert(t, r, "\n" + pick(PLANTUML_STRESS, r) + "\n")));
    }

    /** A mutation of {@code original}, a file named {@code name}. */
    Mutation mutate(String name, byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        int roll = random.nextInt(100);
        if (roll < 12) {
            return binary(original, random);
        }
        Kind kind = kinds.get(random.nextInt(kinds.size()));
        // Markdown and PlantUML stress are most useful in the files that hold Markdown and diagrams.
        if (roll < 30 && (name.endsWith(".md") || name.endsWith(".yaml"))) {
            kind = kinds.get(kinds.size() - 2);
        } else if (roll < 30 && name.endsWith(".puml")) {
            kind = kinds.get(kinds.size() - 1);
        }
        String mutated = kind.apply().apply(text, random);
        return new Mutation(mutated.getBytes(StandardCharsets.UTF_8), kind.name());
    }

    /** Stray bytes: invalid UTF-8, NUL, a lone surrogate's encoding, a byte-order mark, or random noise. */
    private static Mutation binary(byte[] original, Random random) {
        byte[][] strays = {{0}, {(byte) 0xff}, {(byte) 0xc0, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xe2, (byte) 0x82},
            {(byte) 0x80}, {(byte) 0xfe, (byte) 0xff}};
        int choice = random.nextInt(4);
        if (choice == 0) {
            byte[] noise = new byte[1 + random.nextInt(4096)];
            random.nextBytes(noise);
            return new Mutation(noise, "replace with random bytes");
        }
        if (choice == 1) {
            byte[] copy = original.clone();
            if (copy.length > 0) {
                int i = random.nextInt(copy.length);
                copy[i] ^= (byte) (1 << random.nextInt(8));
            }
            return new Mutation(copy, "flip a bit");
        }
        byte[] stray = strays[random.nextInt(strays.length)];
        int at = choice == 2 ? 0 : random.nextInt(original.length + 1);
        byte[] result = new byte[original.length + stray.length];
        System.arraycopy(original, 0, result, 0, at);
        System.arraycopy(stray, 0, result, at, stray.length);
        System.arraycopy(original, at, result, at + stray.length, original.length - at);
        return new Mutation(result, "insert stray bytes " + java.util.HexFormat.of().formatHex(stray) + " at byte " + at);
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String insert(String text, Random random, String what) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + what + text.substring(at);
    }

    private static final Pattern VALUE = Pattern.compile("(?m)(:[ \\t]+|^[ \\t]*- )(\\S.*)$");

    /** Replaces the value after a random {@code key: } or list item with {@code value}. */
    private static String replaceValue(String text, Random random, String value) {
        Matcher m = VALUE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(2), m.end(2)});
        }
        if (spans.isEmpty()) {
            return insert(text, random, value);
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(0, span[0]) + value + text.substring(span[1]);
    }
}
