package dev.camelfelt.felt.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code snippets of a Markdown or AsciiDoc file, each with the source it is taken from. A snippet names its source
 * in its block header, {@code [source,java,from="path#tag"]} in AsciiDoc and {@code ```java from=path#tag} in Markdown:
 * a file relative to the project's root and, optionally, the region of it between {@code tag::tag[]} and
 * {@code end::tag[]}.
 */
final class DocSnippets {

    private static final Pattern ADOC_HEADER =
            Pattern.compile("^\\[source,(\\w+)(?:,from=\"([^\"]+)\")?]$");
    private static final Pattern MARKDOWN_FENCE = Pattern.compile("^```(\\w+)(?: from=(\\S+))?$");
    private static final Pattern TAG_MARKER = Pattern.compile("(tag|end)::([\\w-]+)\\[]");

    private static final Pattern EXTRACTED_MARKER = Pattern.compile("^// .+: START$");

    /**
     * One snippet: where it is, its language, its source (null when it names none), its lines, and whether a
     * {@code // NAME: START} line above it marks it for a test that extracts it from the page and runs it.
     */
    record Snippet(Path file, int line, String language, String from, int firstLine, int lastLine, String text,
                   boolean extractedByATest) {
    }

    private DocSnippets() {
    }

    static List<Snippet> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        boolean markdown = file.toString().endsWith(".md");
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher header = (markdown ? MARKDOWN_FENCE : ADOC_HEADER).matcher(lines.get(i));
            if (!header.matches()) {
                continue;
            }
            int first = markdown ? i + 1 : i + 2;
            String closing = markdown ? "```" : "----";
            if (!markdown && (i + 1 >= lines.size() || !lines.get(i + 1).equals("----"))) {
                continue;
            }
            int last = first;
            while (last < lines.size() && !lines.get(last).equals(closing)) {
                last++;
            }
            boolean extracted = i > 0 && EXTRACTED_MARKER.matcher(lines.get(i - 1)).matches();
            snippets.add(new Snippet(file, i + 1, header.group(1), header.group(2), first, last,
                    String.join("\n", lines.subList(first, last)), extracted));
            i = last;
        }
        return snippets;
    }

    /** The text a snippet's source gives, without tag markers and without the indentation all its lines share. */
    static String sourceText(Path root, String from) throws IOException {
        int hash = from.indexOf('#');
        Path file = root.resolve(hash < 0 ? from : from.substring(0, hash));
        List<String> lines = Files.readAllLines(file);
        if (hash >= 0) {
            String tag = from.substring(hash + 1);
            int start = indexOfMarker(lines, "tag", tag, file);
            int end = indexOfMarker(lines, "end", tag, file);
            lines = lines.subList(start + 1, end);
        }
        return dedent(lines.stream().filter(line -> !TAG_MARKER.matcher(line).find()).toList());
    }

    /** Replaces the snippets' text with their sources' text. */
    static void update(Path file, Path root) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        List<Snippet> snippets = read(file);
        for (int i = snippets.size() - 1; i >= 0; i--) {
            Snippet snippet = snippets.get(i);
            if (snippet.from() != null) {
                List<String> replacement = sourceText(root, snippet.from()).lines().toList();
                lines.subList(snippet.firstLine(), snippet.lastLine()).clear();
                lines.addAll(snippet.firstLine(), replacement);
            }
        }
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    static String dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            result.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
        }
        return String.join("\n", result).strip();
    }

    private static int indexOfMarker(List<String> lines, String kind, String tag, Path file) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = TAG_MARKER.matcher(lines.get(i));
            if (marker.find() && marker.group(1).equals(kind) && marker.group(2).equals(tag)) {
                return i;
            }
        }
        throw new IllegalArgumentException(file + " has no " + kind + "::" + tag + "[]");
    }
}
