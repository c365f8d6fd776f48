package dev.camelfelt.felt.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java, YAML and XML snippet of README.md and docs/ is the text of a file, or a tagged region of one, that a test
 * runs; a snippet that drifts from it fails the build. {@code -Dfelt.docs.update=true} rewrites the snippets from
 * their sources instead. Two other kinds are checked elsewhere or here: a block under a {@code // NAME: START} line,
 * which a test extracts from the page and runs, and a Maven dependency on one of this project's modules, whose
 * coordinates must be a module's.
 */
class DocSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> CODE = Set.of("java", "yaml", "xml");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>\\s*<groupId>([^<]+)</groupId>\\s*"
            + "<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>\\s*(?:<!--.*?-->\\s*)?</dependency>",
            Pattern.DOTALL);

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
                    if (CODE.contains(snippet.language()) && !snippet.extractedByATest()
                            && !isDependencyOnAModule(snippet.text())) {
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

    /** A {@code <dependency>} on a module of this build, in the build's version. */
    private static boolean isDependencyOnAModule(String xml) throws IOException {
        Matcher dependency = DEPENDENCY.matcher(xml.strip());
        if (!dependency.matches() || !dependency.group(1).equals("dev.camelfelt")) {
            return false;
        }
        Path modulePom = ROOT.resolve(dependency.group(2)).resolve("pom.xml");
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        return Files.exists(modulePom)
                && Files.readString(modulePom).contains("<artifactId>" + dependency.group(2) + "</artifactId>")
                && rootPom.contains("<version>" + dependency.group(3) + "</version>");
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(file -> file.toString().endsWith(".adoc")).sorted().forEach(documents::add);
        }
        return documents;
    }
}
