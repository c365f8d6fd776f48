package dev.camelfelt.felt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.felt.model.FeltMap;
import dev.camelfelt.felt.model.MapCreateParams;
import dev.camelfelt.felt.model.MapDuplicateParams;
import dev.camelfelt.felt.model.MapMoveParams;
import dev.camelfelt.felt.model.MapUpdateParams;
import dev.camelfelt.felt.model.PublicAccess;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static dev.camelfelt.felt.FeltJson.COPY_ID;
import static dev.camelfelt.felt.FeltJson.FOLDER_ID;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static dev.camelfelt.felt.FeltJson.OTHER_FOLDER_ID;
import static dev.camelfelt.felt.FeltJson.OTHER_MAP_ID;
import static dev.camelfelt.felt.FeltJson.OTHER_PROJECT_ID;
import static dev.camelfelt.felt.FeltJson.PROJECT_ID;
import static dev.camelfelt.felt.FeltJson.WORKSPACE_ID;
import static org.assertj.core.api.Assertions.assertThat;

class MapsOperationsTest extends FeltTestSupport {

    private static final String MAPS = "/api/v2/maps";

    @Test
    void createBuildsTheBodyFromTheUriOptions() throws Exception {
        felt.stubFor(post(urlEqualTo(MAPS)).willReturn(okJson(FeltJson.map(MAP_ID, "Wildfire perimeters 2024"))));

        Message reply = reply(call("felt:maps/create?title=Wildfire perimeters 2024&description=Season overview"
                                   + "&basemap=light&publicAccess=view_only&lat=37.8&lon=-122.4&zoom=9.5"
                                   + "&workspaceId=" + WORKSPACE_ID
                                   + "&layerUrls=RAW(https://tiles.example.com/fires/{z}/{x}/{y}.png,"
                                   + " https://tiles.example.com/roads/{z}/{x}/{y}.png)"));

        assertOnlyRequest(jsonRequest(POST, MAPS, """
                {"title": "Wildfire perimeters 2024", "description": "Season overview", "basemap": "light",
                 "public_access": "view_only", "lat": 37.8, "lon": -122.4, "zoom": 9.5,
                 "workspace_id": "%s",
                 "layer_urls": ["https://tiles.example.com/fires/{z}/{x}/{y}.png",
                                "https://tiles.example.com/roads/{z}/{x}/{y}.png"]}
                """.formatted(WORKSPACE_ID)));
        FeltMap map = reply.getBody(FeltMap.class);
        assertThat(map.id()).isEqualTo(MAP_ID);
        assertThat(map.title()).isEqualTo("Wildfire perimeters 2024");
        assertThat(map.layers()).extracting("name").containsExactly("Fire perimeters");
        assertThat(map.layerGroups()).extracting("name").containsExactly("Hydrology");
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void createWithoutOptionsLeavesEverythingToFelt() throws Exception {
        felt.stubFor(post(urlEqualTo(MAPS)).willReturn(okJson(FeltJson.map(MAP_ID, "Untitled Map"))));

        reply(call("felt:maps/create"));

        assertOnlyRequest(jsonRequest(POST, MAPS, "{}"));
    }

    @Test
    void createSendsAParamsBodyInsteadOfTheOptions() throws Exception {
        felt.stubFor(post(urlEqualTo(MAPS)).willReturn(okJson(FeltJson.map(MAP_ID, "Flood zones"))));
        MapCreateParams params = new MapCreateParams("Flood zones", null, "satellite", PublicAccess.PRIVATE,
                29.95, -90.07, 11.0, null, null);

        Message reply = reply(call("felt:maps/create?title=Ignored&publicAccess=view_only", params, Map.of()));

        assertOnlyRequest(jsonRequest(POST, MAPS, """
                {"title": "Flood zones", "basemap": "satellite", "public_access": "private",
                 "lat": 29.95, "lon": -90.07, "zoom": 11.0}
                """));
        assertThat(reply.getBody(FeltMap.class).title()).isEqualTo("Flood zones");
    }

    @Test
    void createSendsAJavaUtilMapBody() throws Exception {
        felt.stubFor(post(urlEqualTo(MAPS)).willReturn(okJson(FeltJson.map(MAP_ID, "Transit lines"))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Transit lines");
        body.put("layer_urls", List.of("https://tiles.example.com/transit/{z}/{x}/{y}.png"));

        reply(call("felt:maps/create?title=Ignored", body, Map.of()));

        assertOnlyRequest(jsonRequest(POST, MAPS, """
                {"title": "Transit lines", "layer_urls": ["https://tiles.example.com/transit/{z}/{x}/{y}.png"]}
                """));
    }

    @Test
    void createSendsAJsonStringBody() throws Exception {
        felt.stubFor(post(urlEqualTo(MAPS)).willReturn(okJson(FeltJson.map(MAP_ID, "Bike lanes"))));

        reply(call("felt:maps/create?title=Ignored",
                "{\"title\": \"Bike lanes\", \"lat\": 52.52, \"lon\": 13.405, \"zoom\": 12}", Map.of()));

        assertOnlyRequest(jsonRequest(POST, MAPS,
                "{\"title\": \"Bike lanes\", \"lat\": 52.52, \"lon\": 13.405, \"zoom\": 12}"));
    }

    @Test
    void createSendsAJacksonTreeBody() throws Exception {
        felt.stubFor(post(urlEqualTo(MAPS)).willReturn(okJson(FeltJson.map(MAP_ID, "Parcels"))));

        reply(call("felt:maps/create", new ObjectMapper().readTree("{\"title\": \"Parcels\", \"basemap\": \"dark\"}"),
                Map.of()));

        assertOnlyRequest(jsonRequest(POST, MAPS, "{\"title\": \"Parcels\", \"basemap\": \"dark\"}"));
    }

    @Test
    void getReadsTheMapIdOption() throws Exception {
        felt.stubFor(get(urlEqualTo(MAPS + "/" + MAP_ID)).willReturn(okJson(FeltJson.map(MAP_ID, "Wildfires"))));

        Message reply = reply(call("felt:maps/get?mapId=" + MAP_ID));

        assertOnlyBodilessRequest(feltRequest(GET, MAPS + "/" + MAP_ID));
        FeltMap map = reply.getBody(FeltMap.class);
        assertThat(map.id()).isEqualTo(MAP_ID);
        assertThat(map.projectId()).isEqualTo(PROJECT_ID);
        assertThat(map.publicAccess()).isEqualTo("view_and_comment");
        assertThat(map.viewerPermissions().path("can_export_data").asBoolean(true)).isFalse();
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void getTakesTheMapIdHeaderOverTheOption() throws Exception {
        felt.stubFor(get(urlEqualTo(MAPS + "/" + OTHER_MAP_ID))
                .willReturn(okJson(FeltJson.map(OTHER_MAP_ID, "Drought monitor"))));

        Message reply = reply(call("felt:maps/get?mapId=" + MAP_ID, null, Map.of(FeltConstants.MAP_ID, OTHER_MAP_ID)));

        assertOnlyBodilessRequest(feltRequest(GET, MAPS + "/" + OTHER_MAP_ID));
        assertThat(reply.getBody(FeltMap.class).id()).isEqualTo(OTHER_MAP_ID);
    }

    @Test
    void getIgnoresABlankMapIdHeader() throws Exception {
        felt.stubFor(get(urlEqualTo(MAPS + "/" + MAP_ID)).willReturn(okJson(FeltJson.map(MAP_ID, "Wildfires"))));

        reply(call("felt:maps/get?mapId=" + MAP_ID, null, Map.of(FeltConstants.MAP_ID, " ")));

        assertOnlyBodilessRequest(feltRequest(GET, MAPS + "/" + MAP_ID));
    }

    @Test
    void updateBuildsTheBodyFromTheUriOptions() throws Exception {
        String url = MAPS + "/" + MAP_ID + "/update";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(
                FeltJson.map(MAP_ID, "Wildfires (final)", PROJECT_ID, null, "view_comment_and_edit"))));

        Message reply = reply(call("felt:maps/update?mapId=" + MAP_ID + "&title=Wildfires (final)"
                                   + "&description=Final perimeters&basemap=RAW(#1d3557)"
                                   + "&publicAccess=view_comment_and_edit"));

        assertOnlyRequest(jsonRequest(POST, url, """
                {"title": "Wildfires (final)", "description": "Final perimeters", "basemap": "#1d3557",
                 "public_access": "view_comment_and_edit"}
                """));
        assertThat(reply.getBody(FeltMap.class).publicAccess()).isEqualTo("view_comment_and_edit");
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void updateSendsAParamsBodyToTheMapOfTheHeader() throws Exception {
        String url = MAPS + "/" + OTHER_MAP_ID + "/update";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(FeltJson.map(OTHER_MAP_ID, "Drought monitor"))));
        ObjectMapper json = new ObjectMapper();
        MapUpdateParams params = new MapUpdateParams(null, null, null, null,
                json.readTree("{\"viewers_can_open_table\": false}"),
                json.readTree("{\"can_duplicate_map\": false, \"can_export_data\": false}"));

        reply(call("felt:maps/update?mapId=" + MAP_ID + "&title=Ignored", params,
                Map.of(FeltConstants.MAP_ID, OTHER_MAP_ID)));

        assertOnlyRequest(jsonRequest(POST, url, """
                {"table_settings": {"viewers_can_open_table": false},
                 "viewer_permissions": {"can_duplicate_map": false, "can_export_data": false}}
                """));
    }

    @Test
    void deleteSendsNoBodyAndRepliesWithout() throws Exception {
        felt.stubFor(delete(urlEqualTo(MAPS + "/" + MAP_ID)).willReturn(noContent()));

        Message reply = reply(call("felt:maps/delete?mapId=" + MAP_ID, "left over from an earlier step", Map.of()));

        assertOnlyBodilessRequest(feltRequest(DELETE, MAPS + "/" + MAP_ID));
        assertThat(reply.getBody()).isNull();
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(204);
    }

    @Test
    void deleteTakesTheMapIdHeaderOverTheOption() throws Exception {
        felt.stubFor(delete(urlEqualTo(MAPS + "/" + OTHER_MAP_ID)).willReturn(noContent()));

        reply(call("felt:maps/delete?mapId=" + MAP_ID, null, Map.of(FeltConstants.MAP_ID, OTHER_MAP_ID)));

        assertOnlyBodilessRequest(feltRequest(DELETE, MAPS + "/" + OTHER_MAP_ID));
    }

    @Test
    void moveToAProject() throws Exception {
        String url = MAPS + "/" + MAP_ID + "/move";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(
                FeltJson.map(MAP_ID, "Wildfires", PROJECT_ID, null, "view_and_comment"))));

        Message reply = reply(call("felt:maps/move?mapId=" + MAP_ID + "&projectId=" + PROJECT_ID));

        assertOnlyRequest(jsonRequest(POST, url, "{\"project_id\": \"%s\"}".formatted(PROJECT_ID)));
        FeltMap map = reply.getBody(FeltMap.class);
        assertThat(map.projectId()).isEqualTo(PROJECT_ID);
        assertThat(map.folderId()).isNull();
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void moveToAFolder() throws Exception {
        String url = MAPS + "/" + MAP_ID + "/move";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(
                FeltJson.map(MAP_ID, "Wildfires", PROJECT_ID, FOLDER_ID, "view_and_comment"))));

        Message reply = reply(call("felt:maps/move?mapId=" + MAP_ID + "&folderId=" + FOLDER_ID));

        assertOnlyRequest(jsonRequest(POST, url, "{\"folder_id\": \"%s\"}".formatted(FOLDER_ID)));
        assertThat(reply.getBody(FeltMap.class).folderId()).isEqualTo(FOLDER_ID);
    }

    @Test
    void moveTakesTheHeadersOverTheOptions() throws Exception {
        String url = MAPS + "/" + OTHER_MAP_ID + "/move";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(
                FeltJson.map(OTHER_MAP_ID, "Drought monitor", OTHER_PROJECT_ID, null, "private"))));

        reply(call("felt:maps/move?mapId=" + MAP_ID + "&projectId=" + PROJECT_ID, null,
                Map.of(FeltConstants.MAP_ID, OTHER_MAP_ID, FeltConstants.PROJECT_ID, OTHER_PROJECT_ID)));

        assertOnlyRequest(jsonRequest(POST, url, "{\"project_id\": \"%s\"}".formatted(OTHER_PROJECT_ID)));
    }

    @Test
    void moveSendsAParamsBody() throws Exception {
        String url = MAPS + "/" + MAP_ID + "/move";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(
                FeltJson.map(MAP_ID, "Wildfires", PROJECT_ID, OTHER_FOLDER_ID, "view_and_comment"))));

        reply(call("felt:maps/move?mapId=" + MAP_ID + "&projectId=" + PROJECT_ID,
                new MapMoveParams(null, OTHER_FOLDER_ID), Map.of()));

        assertOnlyRequest(jsonRequest(POST, url, "{\"folder_id\": \"%s\"}".formatted(OTHER_FOLDER_ID)));
    }

    @Test
    void duplicateWithTitleToAProject() throws Exception {
        String url = MAPS + "/" + MAP_ID + "/duplicate";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(
                FeltJson.map(COPY_ID, "Wildfires (archive)", OTHER_PROJECT_ID, null, "private"))));

        Message reply = reply(call("felt:maps/duplicate?mapId=" + MAP_ID + "&title=Wildfires (archive)"
                                   + "&projectId=" + OTHER_PROJECT_ID));

        assertOnlyRequest(jsonRequest(POST, url, """
                {"title": "Wildfires (archive)", "destination": {"project_id": "%s"}}
                """.formatted(OTHER_PROJECT_ID)));
        FeltMap copy = reply.getBody(FeltMap.class);
        assertThat(copy.id()).isEqualTo(COPY_ID);
        assertThat(copy.title()).isEqualTo("Wildfires (archive)");
        assertThat(copy.projectId()).isEqualTo(OTHER_PROJECT_ID);
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void duplicateWithTitleToTheFolderOfTheHeader() throws Exception {
        String url = MAPS + "/" + OTHER_MAP_ID + "/duplicate";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(
                FeltJson.map(COPY_ID, "Drought (copy)", PROJECT_ID, OTHER_FOLDER_ID, "view_only"))));

        Message reply = reply(call("felt:maps/duplicate?mapId=" + MAP_ID + "&title=Drought (copy)"
                                   + "&folderId=" + FOLDER_ID, null,
                Map.of(FeltConstants.MAP_ID, OTHER_MAP_ID, FeltConstants.FOLDER_ID, OTHER_FOLDER_ID)));

        assertOnlyRequest(jsonRequest(POST, url, """
                {"title": "Drought (copy)", "destination": {"folder_id": "%s"}}
                """.formatted(OTHER_FOLDER_ID)));
        assertThat(reply.getBody(FeltMap.class).folderId()).isEqualTo(OTHER_FOLDER_ID);
    }

    @Test
    void duplicateWithoutOptionsLeavesTitleAndPlaceToFelt() throws Exception {
        String url = MAPS + "/" + MAP_ID + "/duplicate";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(FeltJson.map(COPY_ID, "Wildfires (copy)"))));

        reply(call("felt:maps/duplicate?mapId=" + MAP_ID));

        assertOnlyRequest(jsonRequest(POST, url, "{}"));
    }

    @Test
    void duplicateSendsAParamsBody() throws Exception {
        String url = MAPS + "/" + MAP_ID + "/duplicate";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(
                FeltJson.map(COPY_ID, "Wildfires 2025", OTHER_PROJECT_ID, null, "private"))));

        reply(call("felt:maps/duplicate?mapId=" + MAP_ID + "&title=Ignored",
                new MapDuplicateParams("Wildfires 2025", new MapMoveParams(OTHER_PROJECT_ID, null)), Map.of()));

        assertOnlyRequest(jsonRequest(POST, url, """
                {"title": "Wildfires 2025", "destination": {"project_id": "%s"}}
                """.formatted(OTHER_PROJECT_ID)));
    }
}
