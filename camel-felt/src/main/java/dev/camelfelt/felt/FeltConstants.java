package dev.camelfelt.felt;

import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/** The message headers that camel-felt reads and writes. */
public interface FeltConstants {

    @Metadata(label = "producer", description = "The ID of the map; overrides the mapId option for this exchange.",
              javaType = "String")
    String MAP_ID = "CamelFeltMapId";

    @Metadata(description = "The ID of the layer; overrides the layerId option for this exchange.",
              javaType = "String")
    String LAYER_ID = "CamelFeltLayerId";

    @Metadata(label = "producer",
              description = "The ID of the layer group; overrides the layerGroupId option for this exchange.",
              javaType = "String")
    String LAYER_GROUP_ID = "CamelFeltLayerGroupId";

    @Metadata(label = "producer",
              description = "The ID of the project to show, update or delete, or that a map is moved or duplicated to;"
                            + " overrides the projectId option.",
              javaType = "String")
    String PROJECT_ID = "CamelFeltProjectId";

    @Metadata(label = "producer", description = "The ID of the element; overrides the elementId option for this exchange.",
              javaType = "String")
    String ELEMENT_ID = "CamelFeltElementId";

    @Metadata(label = "producer",
              description = "The ID of the element group; overrides the elementGroupId option for this exchange.",
              javaType = "String")
    String ELEMENT_GROUP_ID = "CamelFeltElementGroupId";

    @Metadata(label = "producer", description = "The ID of the comment; overrides the commentId option for this exchange.",
              javaType = "String")
    String COMMENT_ID = "CamelFeltCommentId";

    @Metadata(label = "producer", description = "The ID of the source; overrides the sourceId option for this exchange.",
              javaType = "String")
    String SOURCE_ID = "CamelFeltSourceId";

    @Metadata(label = "producer",
              description = "The ID of the source's credential; overrides the credentialId option for this exchange.",
              javaType = "String")
    String CREDENTIAL_ID = "CamelFeltCredentialId";

    @Metadata(label = "producer",
              description = "The ID of the folder a map is moved or duplicated to; overrides the folderId option.",
              javaType = "String")
    String FOLDER_ID = "CamelFeltFolderId";

    @Metadata(description = "The ID of the export: set by export/create and export, read by export/status (overrides"
                            + " the exportId option).",
              javaType = "String")
    String EXPORT_ID = "CamelFeltExportId";

    @Metadata(label = "producer", description = "The URL Felt gives to poll the status of a new export.",
              javaType = "String")
    String POLL_ENDPOINT = "CamelFeltPollEndpoint";

    @Metadata(description = "The status of the export: in_progress, completed or failed.", javaType = "String",
              enums = "in_progress,completed,failed")
    String EXPORT_STATUS = "CamelFeltExportStatus";

    @Metadata(description = "The pre-signed URL of the export's ZIP once it has completed, or the export link.",
              javaType = "String")
    String DOWNLOAD_URL = "CamelFeltDownloadUrl";

    @Metadata(label = "producer",
              description = "How long felt:export waits for this exchange's export, overriding the waitTimeout option;"
                            + " a java.time.Duration, milliseconds, or a text such as 10m.",
              javaType = "java.time.Duration")
    String WAIT_TIMEOUT = "CamelFeltWaitTimeout";

    @Metadata(label = "producer", description = "The HTTP status Felt answered the call with.",
              javaType = "Integer")
    String HTTP_STATUS = "CamelFeltHttpStatus";

    @Metadata(description = "The name of the downloaded file, when the body is a downloaded file. On layers/upload and"
                            + " layers/refresh, the name an InputStream or byte[] body is uploaded under (Felt tells the"
                            + " format from it), or the name of the ZIP a List body is packed into.",
              javaType = "String")
    String FILE_NAME = Exchange.FILE_NAME;
}
