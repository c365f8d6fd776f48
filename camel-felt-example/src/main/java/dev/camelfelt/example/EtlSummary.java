package dev.camelfelt.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.camelfelt.felt.FeltConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** What one run of the ETL did: the map it created, the layer it exported and published, and the file it wrote. */
public record EtlSummary(String newMapId, String layerId, String exportId, Path file, int featureCount, long fileSize,
                         Duration elapsed) {

    /** The summary of an exchange that went through the whole ETL route. */
    public static EtlSummary of(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        Path file = Path.of(message.getHeader(Exchange.FILE_NAME_PRODUCED, String.class));
        return new EtlSummary(message.getHeader(FeltConstants.MAP_ID, String.class),
                message.getHeader(FeltConstants.LAYER_ID, String.class),
                message.getHeader(FeltConstants.EXPORT_ID, String.class),
                file, GeoJsonFeatures.count(file), Files.size(file),
                Duration.ofMillis(exchange.getClock().elapsed()));
    }

    @Override
    public String toString() {
        return "Felt ETL done: new map " + newMapId + ", layer " + layerId + " exported (export " + exportId
               + ") and published; " + featureCount + " features in " + file + " (" + fileSize + " bytes) in "
               + elapsed.toMillis() + " ms";
    }
}
