package dev.camelfelt.engine.docs;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Keeps the option, header and operation tables of a component page in line with the component's generated metadata
 * and its operations' declarations. By default it only checks, failing the build when the page is stale; with
 * {@code update} it rewrites the tables.
 * <p>
 * Arguments: the metadata JSON file, the AsciiDoc page, {@code true} to update or {@code false} to check, and the
 * class of the component's operations table: a {@code Supplier<String>} with a public constructor, whose table goes
 * between the page's {@code operations} markers.
 */
public final class DocsTablesGenerator {

    private DocsTablesGenerator() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        if (args.length != 4) {
            throw new IllegalArgumentException("Usage: DocsTablesGenerator <component.json> <component.adoc> <update>"
                                               + " <operations table class>");
        }
        Path metadataFile = Path.of(args[0]);
        Path page = Path.of(args[1]).normalize();
        boolean update = Boolean.parseBoolean(args[2]);
        String operations = operationsTable(args[3]).get();

        ComponentMetadata metadata = ComponentMetadata.read(metadataFile);
        String current = Files.readString(page);
        String generated = generate(metadata, operations, current);
        if (generated.equals(current)) {
            return;
        }
        if (!update) {
            throw new IllegalStateException("The generated tables of " + page + " do not match " + metadataFile
                                            + ". Regenerate them with: ./mvnw -B -q -pl " + metadata.artifactId()
                                            + " -am process-test-classes -D" + metadata.scheme() + ".docs.update=true");
        }
        Files.writeString(page, generated);
        System.out.println("Updated the generated tables of " + page);
    }

    static String generate(ComponentMetadata metadata, String operations, String page) {
        AsciidocTables tables = new AsciidocTables(metadata);
        String updated = MarkedSections.replace(page, "component options", tables.componentOptions());
        updated = MarkedSections.replace(updated, "endpoint options", tables.endpointOptions());
        updated = MarkedSections.replace(updated, "operations", operations);
        return MarkedSections.replace(updated, "component headers", tables.headers());
    }

    @SuppressWarnings("unchecked")
    private static Supplier<String> operationsTable(String className) throws ReflectiveOperationException {
        try {
            return (Supplier<String>) Class.forName(className).getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The operations table " + className + " failed", e.getCause());
        }
    }
}
