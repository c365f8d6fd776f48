package dev.camelfelt.engine.secret;

import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.spi.ModelToXMLDumper;
import org.apache.camel.spi.ModelToYAMLDumper;
import org.apache.camel.support.CamelContextHelper;

/**
 * Keeps a component's secret options out of what Camel prints: Camel Main's configuration and placeholder summaries
 * mask an option only when its name is one of Camel's sensitive keywords, and Camel's route dumps (dumpRoutes, the
 * route-dump console, JMX) print endpoint URIs as written, tokens included.
 */
public final class SecretOptions {

    private SecretOptions() {
    }

    /**
     * Makes Camel treat the named options as sensitive and masks secrets in the route dumps of {@code context}.
     * Idempotent; a component calls it when it is initialised, before Camel Main prints its summary.
     */
    public static void protect(CamelContext context, String... optionNames) {
        ExtendedCamelContext extension = context.getCamelContextExtension();
        synchronized (extension) {
            for (String name : optionNames) {
                if (!CamelContextHelper.containsSensitive(context, name)) {
                    // Camel compares the last segment of a property key, lower case and without dashes
                    String keyword = name.toLowerCase(Locale.ENGLISH).replace("-", "");
                    String keywords = extension.getAdditionalSensitiveKeywords();
                    extension.setAdditionalSensitiveKeywords(
                            keywords == null || keywords.isBlank() ? keyword : keywords + "," + keyword);
                }
            }
            maskXmlDumps(extension);
            maskYamlDumps(extension);
        }
    }

    private static void maskXmlDumps(ExtendedCamelContext extension) {
        ModelToXMLDumper dumper = existing(extension, ModelToXMLDumper.class);
        if (dumper != null && !(dumper instanceof MaskingXmlDumper)) {
            extension.addContextPlugin(ModelToXMLDumper.class, new MaskingXmlDumper(dumper));
        }
    }

    private static void maskYamlDumps(ExtendedCamelContext extension) {
        ModelToYAMLDumper dumper = existing(extension, ModelToYAMLDumper.class);
        if (dumper != null && !(dumper instanceof MaskingYamlDumper)) {
            extension.addContextPlugin(ModelToYAMLDumper.class, new MaskingYamlDumper(dumper));
        }
    }

    /** The context's dumper of that kind, or null when no module on the classpath provides one. */
    private static <T> T existing(ExtendedCamelContext extension, Class<T> type) {
        try {
            return extension.getContextPlugin(type);
        } catch (RuntimeException e) {
            // Camel resolves a dumper from the classpath and fails when there is none (no camel-xml-io, camel-yaml-io)
            return null;
        }
    }
}
