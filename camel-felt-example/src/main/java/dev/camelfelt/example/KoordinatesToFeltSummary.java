package dev.camelfelt.example;

import java.io.File;

import dev.camelfelt.felt.FeltConstants;
import dev.camelfelt.felt.model.Layer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What one run of koordinates-to-felt did: the Koordinates export and its file, the Felt map and layer it made, and
 * the status of the layer Felt published to the library.
 */
public record KoordinatesToFeltSummary(long exportId, String fileName, long fileSize, String mapId, String layerId,
                                       String libraryStatus) {

    /** The exchange property that keeps the downloaded export while the route creates the map. */
    static final String DOWNLOAD = "koordinatesDownload";
    /** The exchange property that keeps the export's id apart from the headers of the Felt calls that follow. */
    static final String EXPORT_ID = "koordinatesExportId";

    /** The summary of an exchange that went through the whole route: its body is the published layer. */
    public static KoordinatesToFeltSummary of(Exchange exchange) {
        Message message = exchange.getMessage();
        File download = exchange.getProperty(DOWNLOAD, File.class);
        Layer published = message.getBody(Layer.class);
        return new KoordinatesToFeltSummary(exchange.getProperty(EXPORT_ID, Long.class), download.getName(),
                download.length(), message.getHeader(FeltConstants.MAP_ID, String.class),
                message.getHeader(FeltConstants.LAYER_ID, String.class), published.status());
    }

    @Override
    public String toString() {
        return "Koordinates to Felt done: export " + exportId + " (" + fileName + ", " + fileSize + " bytes) uploaded"
               + " to new map " + mapId + " as layer " + layerId + ", published to the library with status "
               + libraryStatus;
    }
}
