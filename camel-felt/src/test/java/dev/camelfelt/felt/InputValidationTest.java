package dev.camelfelt.felt;

import java.util.Map;

import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.camelfelt.felt.FeltJson.FOLDER_ID;
import static dev.camelfelt.felt.FeltJson.LAYER_ID;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static dev.camelfelt.felt.FeltJson.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Input the component can tell is wrong fails before anything is sent to Felt. */
class InputValidationTest extends FeltTestSupport {

    @ParameterizedTest
    @ValueSource(strings = { "maps/get", "maps/update", "maps/delete", "maps/move", "maps/duplicate",
            "library/publishLayer", "library/publishLayerGroup", "export/link" })
    void aMissingMapIdNamesTheOptionAndTheHeader(String operation) throws Exception {
        Exception e = failure(call("felt:" + operation + "?projectId=" + PROJECT_ID), IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:" + operation
                                 + " needs a mapId: set the mapId option or the CamelFeltMapId header");
        assertNoRequests();
    }

    @ParameterizedTest
    @CsvSource({
            "library/publishLayer, layerId, CamelFeltLayerId",
            "export/link, layerId, CamelFeltLayerId",
            "library/publishLayerGroup, layerGroupId, CamelFeltLayerGroupId" })
    void aMissingLayerIdNamesTheOptionAndTheHeader(String operation, String option, String header) throws Exception {
        Exception e = failure(call("felt:" + operation + "?mapId=" + MAP_ID), IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:" + operation + " needs a " + option + ": set the " + option
                                 + " option or the " + header + " header");
        assertNoRequests();
    }

    @Test
    void moveNeedsAProjectOrAFolder() throws Exception {
        Exception e = failure(call("felt:maps/move?mapId=" + MAP_ID), IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:maps/move needs a projectId or a folderId: set the projectId or folderId"
                                 + " option, or the CamelFeltProjectId or CamelFeltFolderId header");
        assertNoRequests();
    }

    @ParameterizedTest
    @ValueSource(strings = { "maps/move", "maps/duplicate" })
    void aProjectAndAFolderTogetherAreRejected(String operation) throws Exception {
        Exception e = failure(call("felt:" + operation + "?mapId=" + MAP_ID + "&projectId=" + PROJECT_ID, null,
                Map.of(FeltConstants.FOLDER_ID, FOLDER_ID)), IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:" + operation + " takes a projectId or a folderId, not both (options"
                                 + " projectId/folderId, headers CamelFeltProjectId/CamelFeltFolderId)");
        assertNoRequests();
    }

    @Test
    void aStringBodyThatIsNotJsonIsRejected() throws Exception {
        Exception e = failure(call("felt:maps/create", "title=Wildfires", Map.of()), IllegalArgumentException.class);

        assertThat(e).hasMessageStartingWith("The request body is a String but not JSON: ");
        assertNoRequests();
    }

    @Test
    void aJsonStringBodyThatIsNotAnObjectIsRejected() throws Exception {
        Exception e = failure(call("felt:maps/update?mapId=" + MAP_ID, "[\"Wildfires\"]", Map.of()),
                IllegalArgumentException.class);

        assertThat(e).hasMessage("The request body is a String but not a JSON object");
        assertNoRequests();
    }

    @Test
    void anUnknownOperationFailsWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint("felt:maps/frobnicate?mapId=" + MAP_ID))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown felt operation maps/frobnicate; valid ones are maps/create, maps/get, maps/update,"
                            + " maps/delete, maps/move, maps/duplicate, library/list, library/publishLayer,"
                            + " library/publishLayerGroup, export/link, export/create, export/status, export, maps/embedToken,"
                            + " maps/addSourceLayer, layers/list, layers/get, layers/update, layers/delete, layers/updateStyle,"
                            + " layers/upload, layers/refresh, layers/duplicate, layerGroups/list, layerGroups/get,"
                            + " layerGroups/update, layerGroups/updateMany, layerGroups/delete, elements/list, elements/upsert,"
                            + " elements/delete, elementGroups/list, elementGroups/get, elementGroups/upsert, comments/export,"
                            + " comments/resolve, comments/delete, projects/list, projects/create, projects/get,"
                            + " projects/update, projects/delete, sources/list, sources/create, sources/get, sources/update,"
                            + " sources/delete, sources/sync, sources/createCredential, sources/updateCredential,"
                            + " sources/deleteCredential, user/get");
    }

    @Test
    void aPathWithTooManyPartsFailsWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint("felt:maps/get/extra"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause()
                .hasMessage("A felt endpoint is felt:apiName/methodName, e.g. felt:maps/get or felt:export;"
                            + " got felt:maps/get/extra");
    }

    @Test
    void anUnknownApiNameFailsWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint("felt:folders/get"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("folders");
    }

    @Test
    void aMissingTokenNamesTheOptionAndTheEnvironmentVariable() throws Exception {
        assumeTrue(System.getenv("FELT_API_TOKEN") == null, "FELT_API_TOKEN is set in this environment");
        context.removeComponent("felt");
        FeltComponent withoutToken = new FeltComponent();
        withoutToken.getConfiguration().setBaseUrl(baseUrl());
        context.addComponent("felt", withoutToken);

        assertThatThrownBy(() -> route("felt:maps/get?mapId=" + MAP_ID))
                .isInstanceOf(FailedToCreateRouteException.class)
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No Felt API token: set the apiToken option or the FELT_API_TOKEN environment variable");
        assertNoRequests();
    }
}
