package dev.camelfelt.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.camelfelt.felt.FeltConstants;
import dev.camelfelt.felt.model.Layer;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;

/**
 * What one run of the ETL did: the map it created, the layer it exported and published, the file it wrote, and the
 * layer that file became when uploaded back.
 */
public record EtlSummary(String newMapId, String layerId, String exportId, Path file, int featureCount, long fileSize,
                         String uploadedLayerId, String uploadedLayerStatus, Duration elapsed) {

    /** The exchange property the route keeps the exported layer's id in while the upload names the new layer. */
    public static final String EXPORTED_LAYER_ID = "feltExportedLayerId";

    /** The summary of an exchange that went through the whole ETL route: its body is the uploaded layer. */
    public static EtlSummary of(Exchange exchange) throws IOException, InvalidPayloadException {
        Message message = exchange.getMessage();
        Path file = Path.of(message.getHeader(Exchange.FILE_NAME_PRODUCED, String.class));
        Layer uploaded = message.getMandatoryBody(Layer.class);
        return new EtlSummary(message.getHeader(FeltConstants.MAP_ID, String.class),
                exchange.getProperty(EXPORTED_LAYER_ID, String.class),
                message.getHeader(FeltConstants.EXPORT_ID, String.class),
                file, GeoJsonFeatures.count(file), Files.size(file), uploaded.id(), uploaded.status(),
                Duration.ofMillis(exchange.getClock().elapsed()));
    }

    @Override
    public String toString() {
        return "Felt ETL done: new map " + newMapId + ", layer " + layerId + " exported (export " + exportId
               + ") and published; " + featureCount + " features in " + file + " (" + fileSize + " bytes), uploaded"
               + " back as layer " + uploadedLayerId + " (" + uploadedLayerStatus + ") in " + elapsed.toMillis() + " ms";
    }
}
