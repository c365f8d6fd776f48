package dev.camelfelt.example;

import dev.camelfelt.felt.FeltConstants;
import dev.camelfelt.koordinates.KoordinatesConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * koordinates-to-felt: export a layer from Koordinates cropped to an extent, upload the downloaded archive as it is
 * (Felt reads zipped GeoPackages and Shapefile sets) to a new Felt map, wait until Felt has processed it, publish it
 * to the library and log a summary.
 */
public class KoordinatesToFeltRoutes extends RouteBuilder {

    /** Where the pipeline starts. */
    public static final String ENDPOINT = "direct:koordinates-to-felt";

    @Override
    public void configure() {
        from(ENDPOINT).routeId("koordinates-to-felt")
            .log("Exporting Koordinates layer {{koordinates-to-felt.layer}} as {{koordinates-to-felt.format}} in"
                 + " {{koordinates-to-felt.crs}}, cropped to the extent of koordinates-to-felt.extent")
            .to("koordinates:export?items={{koordinates-to-felt.layer}}&format={{koordinates-to-felt.format}}"
                + "&crs={{koordinates-to-felt.crs}}&extent=RAW({{koordinates-to-felt.extent}})"
                + "&downloadDirectory={{koordinates-to-felt.download-directory}}")
            .setProperty(KoordinatesToFeltSummary.EXPORT_ID, header(KoordinatesConstants.EXPORT_ID))
            .setProperty(KoordinatesToFeltSummary.DOWNLOAD, body())
            .log("Downloaded export ${header.CamelKoordinatesExportId} as ${header.CamelFileName}; creating a Felt map")
            .setBody(constant(null))
            .to("felt:maps/create?title={{koordinates-to-felt.map-title}}")
            .setHeader(FeltConstants.MAP_ID, simple("${body.id}"))
            .setBody(exchangeProperty(KoordinatesToFeltSummary.DOWNLOAD))
            .log("Uploading it to the new map ${header.CamelFeltMapId} and waiting until Felt has processed it")
            .to("felt:layers/upload?name={{koordinates-to-felt.layer-name}}")
            .log("Layer ${header.CamelFeltLayerId} is ${body.status}; publishing it to the library")
            .setBody(constant(null))
            .to("felt:library/publishLayer")
            .setBody(method(KoordinatesToFeltSummary.class, "of"))
            .log("${body}");
    }
}
