package dev.camelfelt.felt.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the option, header and operation tables of the component page in line with the generated component metadata
 * and the operations' declarations. By
 * default it only checks, failing the build when the page is stale; with {@code update} it rewrites the tables.
 * <p>
 * Arguments: the metadata JSON file, the AsciiDoc page, and {@code true} to update or {@code false} to check.
 */
public final class DocsTablesGenerator {

    static final String REGENERATE_COMMAND =
            "./mvnw -B -q -pl camel-felt -am process-test-classes -Dfelt.docs.update=true";

    private DocsTablesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: DocsTablesGenerator <felt.json> <felt-component.adoc> <update>");
        }
        Path metadataFile = Path.of(args[0]);
        Path page = Path.of(args[1]).normalize();
        boolean update = Boolean.parseBoolean(args[2]);

        String current = Files.readString(page);
        String generated = generate(ComponentMetadata.read(metadataFile), current);
        if (generated.equals(current)) {
            return;
        }
        if (!update) {
            throw new IllegalStateException("The generated tables of " + page + " do not match " + metadataFile
                                            + ". Regenerate them with: " + REGENERATE_COMMAND);
        }
        Files.writeString(page, generated);
        System.out.println("Updated the generated tables of " + page);
    }

    static String generate(ComponentMetadata metadata, String page) {
        AsciidocTables tables = new AsciidocTables(metadata);
        String updated = MarkedSections.replace(page, "component options", tables.componentOptions());
        updated = MarkedSections.replace(updated, "endpoint options", tables.endpointOptions());
        updated = MarkedSections.replace(updated, "operations", OperationsTable.render());
        return MarkedSections.replace(updated, "component headers", tables.headers());
    }
}
