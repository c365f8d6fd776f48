package dev.camelfelt.engine.secret;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.spi.ModelToXMLDumper;

/** Camel's XML dumper, with the secrets of what it dumps masked. */
final class MaskingXmlDumper implements ModelToXMLDumper {

    private final ModelToXMLDumper delegate;

    MaskingXmlDumper(ModelToXMLDumper delegate) {
        this.delegate = delegate;
    }

    @Override
    public String dumpModelAsXml(CamelContext context, NamedNode definition) throws Exception {
        return DumpMasking.mask(context, delegate.dumpModelAsXml(context, definition));
    }

    @Override
    public String dumpModelAsXml(CamelContext context, NamedNode definition, boolean resolvePlaceholders,
                                 boolean generatedIds, boolean sourceLocation) throws Exception {
        return DumpMasking.mask(context,
                delegate.dumpModelAsXml(context, definition, resolvePlaceholders, generatedIds, sourceLocation));
    }

    @Override
    public String dumpBeansAsXml(CamelContext context, List<Object> beans) throws Exception {
        return DumpMasking.mask(context, delegate.dumpBeansAsXml(context, beans));
    }

    @Override
    public String dumpDataFormatsAsXml(CamelContext context, Map<String, Object> dataFormats) throws Exception {
        return DumpMasking.mask(context, delegate.dumpDataFormatsAsXml(context, dataFormats));
    }
}
