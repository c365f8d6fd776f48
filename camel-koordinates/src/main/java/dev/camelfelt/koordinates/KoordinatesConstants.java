package dev.camelfelt.koordinates;

import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/** The message headers that camel-koordinates reads and writes. */
public interface KoordinatesConstants {

    @Metadata(description = "The ID of the export: set by exports/create and export, read by exports/get and"
                            + " exports/cancel (overrides the exportId option).",
              javaType = "Long")
    String EXPORT_ID = "CamelKoordinatesExportId";

    @Metadata(label = "producer",
              description = "The ID of the crop layer; overrides the cropLayerId option for this exchange.",
              javaType = "String")
    String CROP_LAYER_ID = "CamelKoordinatesCropLayerId";

    @Metadata(label = "producer",
              description = "The ID of the crop feature; overrides the cropFeatureId option for this exchange.",
              javaType = "String")
    String CROP_FEATURE_ID = "CamelKoordinatesCropFeatureId";

    @Metadata(description = "The state of the export: processing, complete, cancelled, error or gone.",
              javaType = "String", enums = "processing,complete,cancelled,error,gone")
    String EXPORT_STATE = "CamelKoordinatesExportState";

    @Metadata(description = "The name of the export, which names its archive.", javaType = "String")
    String EXPORT_NAME = "CamelKoordinatesExportName";

    @Metadata(description = "How far the export has got, from 0.0 to 1.0; absent when Koordinates gives none.",
              javaType = "Double")
    String EXPORT_PROGRESS = "CamelKoordinatesExportProgress";

    @Metadata(description = "The API URL the export's archive is downloaded from, once it is complete.",
              javaType = "String")
    String DOWNLOAD_URL = "CamelKoordinatesDownloadUrl";

    @Metadata(label = "producer",
              description = "Set by exports/validate: whether the export request is valid, its top level and every"
                            + " item.",
              javaType = "Boolean")
    String VALID = "CamelKoordinatesValid";

    @Metadata(label = "producer",
              description = "How long koordinates:export waits for this exchange's export, overriding the waitTimeout"
                            + " option; a java.time.Duration, milliseconds, or a text such as 10m.",
              javaType = "java.time.Duration")
    String WAIT_TIMEOUT = "CamelKoordinatesWaitTimeout";

    @Metadata(label = "producer", description = "The HTTP status Koordinates answered the call with.",
              javaType = "Integer")
    String HTTP_STATUS = "CamelKoordinatesHttpStatus";

    @Metadata(description = "The name of the downloaded file, when the body is a downloaded file.",
              javaType = "String")
    String FILE_NAME = Exchange.FILE_NAME;
}
