package dev.camelfelt.engine.secret;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.spi.ModelToYAMLDumper;

/** Camel's YAML dumper, with the secrets of what it dumps masked. */
final class MaskingYamlDumper implements ModelToYAMLDumper {

    private final ModelToYAMLDumper delegate;

    MaskingYamlDumper(ModelToYAMLDumper delegate) {
        this.delegate = delegate;
    }

    @Override
    public String dumpModelAsYaml(CamelContext context, NamedNode definition) throws Exception {
        return DumpMasking.mask(context, delegate.dumpModelAsYaml(context, definition));
    }

    @Override
    public String dumpModelAsYaml(CamelContext context, NamedNode definition, boolean resolvePlaceholders,
                                  boolean uriAsParameters, boolean generatedIds, boolean sourceLocation)
            throws Exception {
        return DumpMasking.mask(context, delegate.dumpModelAsYaml(context, definition, resolvePlaceholders,
                uriAsParameters, generatedIds, sourceLocation));
    }

    @Override
    public String dumpBeansAsYaml(CamelContext context, List<Object> beans) throws Exception {
        return DumpMasking.mask(context, delegate.dumpBeansAsYaml(context, beans));
    }

    @Override
    public String dumpDataFormatsAsYaml(CamelContext context, Map<String, Object> dataFormats) throws Exception {
        return DumpMasking.mask(context, delegate.dumpDataFormatsAsYaml(context, dataFormats));
    }
}
