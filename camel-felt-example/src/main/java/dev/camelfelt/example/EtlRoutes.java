package dev.camelfelt.example;

import dev.camelfelt.felt.FeltConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * The ETL in the Java DSL: copy the template map, export the copy of its layer as GeoJSON, keep the file, publish
 * the layer to the library, and upload the file back to the copy as a new layer, waiting until Felt has processed it. routes/felt-etl.yaml and spring/felt-etl.xml are the same route in the YAML and Spring XML
 * DSLs.
 */
public class EtlRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from(FeltEtlJob.ENDPOINT).routeId("felt-etl")
            .setProperty(MapLayers.TEMPLATE_LAYER_ID, constant("{{felt.layer-id}}"))
            .to("felt:maps/get?mapId={{felt.template-map-id}}")
            .setProperty(MapLayers.LAYER_NAME, method("mapLayers", "nameOf"))
            .log("Duplicating template map '${body.title}' (${body.id}), which has layer '${exchangeProperty.feltLayerName}'")
            .to("felt:maps/duplicate?mapId={{felt.template-map-id}}&title={{felt.copy-title}}")
            .setHeader(FeltConstants.MAP_ID, simple("${body.id}"))
            .setHeader(FeltConstants.LAYER_ID, method("mapLayers", "idOf"))
            .log("Created map ${header.CamelFeltMapId}; exporting its layer ${header.CamelFeltLayerId} as GeoJSON")
            .to("felt:export?format=geojson&unzip=true")
            .to("file:{{felt.export-directory}}?fileName=${header.CamelFeltMapId}/${header.CamelFileName}")
            .log("Wrote ${header.CamelFileNameProduced}; publishing the layer to the library")
            .to("felt:library/publishLayer")
            .setProperty(EtlSummary.EXPORTED_LAYER_ID, header(FeltConstants.LAYER_ID))
            .log("Uploading ${header.CamelFileNameProduced} back to map ${header.CamelFeltMapId} as a new layer")
            .setBody(method(WrittenFile.class, "of"))
            .to("felt:layers/upload?name={{felt.upload-name}}")
            .setBody(method(EtlSummary.class, "of"))
            .log("${body}");
    }
}
