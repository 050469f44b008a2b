package studyguide.importer;

import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * One Markdown file of a bank: its text, its syntax tree, and the Markdown of any run of its blocks cut
 * from the text as the author wrote it, with image addresses rewritten.
 *
 * <p>The Markdown is cut from the source rather than rendered back from the tree: flexmark's tree keeps
 * each node's place in the text, and the author's own Markdown (raw HTML, tables, the fence markers) is
 * what the guide should hold, not a normalised copy of it.
 */
final class SourceDocument {

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TaskListExtension.create(), TablesExtension.create()))
            .toImmutable()).build();

    /**
     * Text that takes the place of {@code [start, end)} in every cut that includes it.
     *
     * @param image the image to copy when the cut is used, or null
     * @param warning what to tell the user when the cut is used, or null
     */
    record Replacement(int start, int end, String text, Images.Copy image, String warning) {
    }

    private final Path file;
    private final String text;
    private final String frontMatterTitle;
    private final Document document;
    private final Problems notes;
    private final List<Replacement> replacements = new ArrayList<>();
    private final List<Images.Copy> used = new ArrayList<>();
    private int[] lineStarts;

    SourceDocument(Path file, String text, Problems notes) {
        FrontMatter front = FrontMatter.of(text);
        this.file = file;
        this.text = front.text();
        this.frontMatterTitle = front.title();
        this.document = PARSER.parse(this.text);
        this.notes = notes;
        if (front.leftOut() != null) {
            notes.warn(new Position(file, 1, 0), front.leftOut());
        }
    }

    /** The title its YAML front matter gives, or null. */
    String frontMatterTitle() {
        return frontMatterTitle;
    }

    Path file() {
        return file;
    }

    Document document() {
        return document;
    }

    /** The images the cuts so far use, each once, in the order first used. */
    List<Images.Copy> usedImages() {
        return used.stream().distinct().toList();
    }

    void replace(Replacement replacement) {
        replacements.add(replacement);
        replacements.sort(Comparator.comparingInt(Replacement::start));
    }

    /** Records something that could not be mapped, at a node's line. */
    void note(Node node, String message) {
        notes.warn(position(node), message);
    }

    Position position(Node node) {
        return new Position(file, line(node.getStartOffset()), 0);
    }

    /** The 1-based line of an offset in the text. */
    int line(int offset) {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** A node's text without Markdown, for titles. */
    static String plain(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip().replaceAll("\\s+", " ");
    }

    /**
     * The column where a list item's content starts: lines of its blocks are indented that far in the
     * source, and lose that indentation in the cut.
     */
    int contentColumn(ListItem item) {
        int at = item.getOpeningMarker().getEndOffset();
        int spaces = 0;
        while (at + spaces < text.length() && text.charAt(at + spaces) == ' ') {
            spaces++;
        }
        // CommonMark: five or more spaces after the marker mean one, and the rest start an indented code block.
        return column(item.getOpeningMarker().getEndOffset()) + (spaces == 0 || spaces > 4 ? 1 : spaces);
    }

    private int column(int offset) {
        return offset - text.lastIndexOf('\n', offset - 1) - 1;
    }

    /** The Markdown of one block, from {@code start} (inside it, e.g. after an option's label) to its end. */
    String markdown(Node block, int start, int indent) {
        return cut(start, block.getEndOffset(), indent, false);
    }

    /** The Markdown of blocks, one blank line apart, each line losing up to {@code indent} leading spaces. */
    String markdown(List<Node> blocks, int indent) {
        List<String> parts = new ArrayList<>();
        for (Node block : blocks) {
            // An indented code block starts after its indentation, which makes it code: cut without it, its
            // text would be a paragraph, and its HTML live in the guide.
            String part = block instanceof IndentedCodeBlock
                    ? cut(text.lastIndexOf('\n', block.getStartOffset() - 1) + 1, block.getEndOffset(), indent, true)
                    : cut(block.getStartOffset(), block.getEndOffset(), indent, false);
            if (!part.isBlank()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** The text of a node (a heading's inline part) with its replacements made, as it is: not stripped. */
    String inline(Node node) {
        return replaced(node.getStartOffset(), node.getEndOffset());
    }

    private String replaced(int start, int end) {
        StringBuilder out = new StringBuilder();
        int at = start;
        for (Replacement r : replacements) {
            if (r.start() >= start && r.end() <= end && r.start() >= at) {
                out.append(text, at, r.start()).append(r.text());
                at = r.end();
                use(r);
            } else if (r.text().isEmpty() && r.start() >= start && r.end() <= end && r.end() > at) {
                // A removal begun inside an earlier replacement (raw HTML taken out around an image's): the rest goes too.
                at = r.end();
                use(r);
            }
        }
        return out.append(text, at, end).toString();
    }

    /** The text from start to end, each line (the first too when {@code fromLineStart}) losing up to {@code indent} leading spaces. */
    private String cut(int start, int end, int indent, boolean fromLineStart) {
        String[] lines = replaced(start, end).split("\n", -1);
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int strip = 0;
            while ((i > 0 || fromLineStart) && strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
                strip++;
            }
            result.append(i > 0 ? "\n" : "").append(line, strip, line.length());
        }
        return fromLineStart ? result.toString().stripTrailing() : result.toString().strip();
    }

    private void use(Replacement r) {
        if (r.image() != null) {
            used.add(r.image());
        }
        if (r.warning() != null) {
            notes.warn(new Position(file, line(r.start()), 0), r.warning());
        }
    }
}
