package dev.camelfelt.springboot.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.JsonMapper;

/**
 * Generates a component's Spring Boot starter code from the component's metadata, found on the class path as Camel
 * finds it: the component's class from {@code META-INF/services/org/apache/camel/component/<scheme>}, its JSON beside
 * the class's package under {@code META-INF/}.
 *
 * <p>Arguments: the scheme, the directory for Java sources, the directory for resources.
 */
public final class StarterGenerator {

    private StarterGenerator() {
    }

    /**
     * Runs the generator.
     *
     * @param args the scheme, the Java sources directory and the resources directory
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: StarterGenerator <scheme> <java output dir> <resources output dir>");
        }
        StarterModel model = StarterModel.of(componentModel(args[0]));
        Path sources = Path.of(args[1]);
        Path resources = Path.of(args[2]);
        write(sources.resolve(fileOf(model.configurationClass())), ConfigurationPropertiesSource.of(model));
        write(sources.resolve(fileOf(model.autoConfigurationClass())), AutoConfigurationSource.of(model));
        write(resources.resolve("META-INF/spring-configuration-metadata.json"),
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(ConfigurationMetadata.of(model)));
        write(resources.resolve("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"),
                model.autoConfigurationClass() + "\n");
    }

    /**
     * Reads a component's metadata from the class path.
     *
     * @param scheme the component's scheme
     * @return its model
     * @throws IOException when the metadata cannot be read
     */
    public static ComponentModel componentModel(String scheme) throws IOException {
        Properties service = new Properties();
        try (InputStream in = resource("META-INF/services/org/apache/camel/component/" + scheme)) {
            service.load(in);
        }
        String componentClass = service.getProperty("class");
        String packagePath = componentClass.substring(0, componentClass.lastIndexOf('.')).replace('.', '/');
        try (InputStream in = resource("META-INF/" + packagePath + "/" + scheme + ".json")) {
            return JsonMapper.generateComponentModel(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("No " + name + " on the class path: is the component a dependency?");
        }
        return in;
    }

    private static String fileOf(String className) {
        return className.replace('.', '/') + ".java";
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            // an unchanged file keeps its time stamp, so the compiler does not rebuild what did not change
            if (Files.exists(file) && Files.readString(file).equals(content)) {
                return;
            }
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
