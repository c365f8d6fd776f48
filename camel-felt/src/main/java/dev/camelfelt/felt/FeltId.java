package dev.camelfelt.felt;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The ids in Felt's paths: each is a URI option that a message header overrides per exchange. An operation needs the
 * ids its path template names, e.g. {@code {map_id}}.
 */
public enum FeltId {
    MAP("map_id", "mapId", FeltConstants.MAP_ID, FeltConfiguration::getMapId),
    LAYER("layer_id", "layerId", FeltConstants.LAYER_ID, FeltConfiguration::getLayerId),
    LAYER_GROUP("layer_group_id", "layerGroupId", FeltConstants.LAYER_GROUP_ID, FeltConfiguration::getLayerGroupId),
    EXPORT("export_id", "exportId", FeltConstants.EXPORT_ID, FeltConfiguration::getExportId),
    ELEMENT("element_id", "elementId", FeltConstants.ELEMENT_ID, FeltConfiguration::getElementId),
    ELEMENT_GROUP("group_id", "elementGroupId", FeltConstants.ELEMENT_GROUP_ID, FeltConfiguration::getElementGroupId),
    COMMENT("comment_id", "commentId", FeltConstants.COMMENT_ID, FeltConfiguration::getCommentId),
    PROJECT("project_id", "projectId", FeltConstants.PROJECT_ID, FeltConfiguration::getProjectId),
    SOURCE("source_id", "sourceId", FeltConstants.SOURCE_ID, FeltConfiguration::getSourceId),
    CREDENTIAL("credential_id", "credentialId", FeltConstants.CREDENTIAL_ID, FeltConfiguration::getCredentialId);

    private final String pathVariable;
    private final String option;
    private final String header;
    private final Function<FeltConfiguration, String> optionValue;

    FeltId(String pathVariable, String option, String header, Function<FeltConfiguration, String> optionValue) {
        this.pathVariable = pathVariable;
        this.option = option;
        this.header = header;
        this.optionValue = optionValue;
    }

    /** The id a path variable such as {@code map_id} stands for. */
    static FeltId ofPathVariable(String variable) {
        return Arrays.stream(values()).filter(id -> id.pathVariable.equals(variable)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No FeltId for the path variable {" + variable + "}"));
    }

    /** The variable in Felt's path, e.g. {@code map_id}. */
    public String pathVariable() {
        return pathVariable;
    }

    /** The URI option, e.g. {@code mapId}. */
    public String option() {
        return option;
    }

    /** The message header that overrides the option, e.g. {@code CamelFeltMapId}. */
    public String header() {
        return header;
    }

    String optionValue(FeltConfiguration configuration) {
        return optionValue.apply(configuration);
    }
}
