package dev.camelfelt.felt.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java, YAML and XML snippet of README.md and docs/ is the text of a file, or a tagged region of one, that a test
 * runs; a snippet that drifts from it fails the build. {@code -Dfelt.docs.update=true} rewrites the snippets from
 * their sources instead.
 */
class DocSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> CODE = Set.of("java", "yaml", "xml");

    @Test
    void everySnippetIsTheCodeATestRuns() throws IOException {
        boolean update = Boolean.getBoolean("felt.docs.update");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : documents()) {
            if (update) {
                DocSnippets.update(file, ROOT);
            }
            for (DocSnippets.Snippet snippet : DocSnippets.read(file)) {
                if (snippet.from() == null) {
                    if (CODE.contains(snippet.language())) {
                        problems.add(ROOT.relativize(file) + ":" + snippet.line() + " names no source");
                    }
                    continue;
                }
                checked++;
                String expected = DocSnippets.sourceText(ROOT, snippet.from());
                if (!DocSnippets.dedent(snippet.text().lines().toList()).equals(expected)) {
                    problems.add(ROOT.relativize(file) + ":" + snippet.line() + " differs from " + snippet.from()
                            + " (-Dfelt.docs.update=true rewrites it)");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(10);
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(file -> file.toString().endsWith(".adoc")).sorted().forEach(documents::add);
        }
        return documents;
    }
}
