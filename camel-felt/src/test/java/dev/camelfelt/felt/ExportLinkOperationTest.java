package dev.camelfelt.felt;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.camelfelt.felt.model.ExportLink;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.camelfelt.felt.FeltJson.EXPORT_LINK;
import static dev.camelfelt.felt.FeltJson.LAYER_ID;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static dev.camelfelt.felt.FeltJson.OTHER_LAYER_ID;
import static dev.camelfelt.felt.FeltJson.OTHER_MAP_ID;
import static org.assertj.core.api.Assertions.assertThat;

class ExportLinkOperationTest extends FeltTestSupport {

    @Test
    void linkRepliesWithTheLinkInBodyAndHeader() throws Exception {
        String url = "/api/v2/maps/" + MAP_ID + "/layers/" + LAYER_ID + "/get_export_link";
        felt.stubFor(get(urlEqualTo(url)).willReturn(okJson(FeltJson.exportLink())));

        Message reply = reply(call("felt:export/link?mapId=" + MAP_ID + "&layerId=" + LAYER_ID));

        assertOnlyBodilessRequest(feltRequest(GET, url));
        assertThat(reply.getBody()).isEqualTo(new ExportLink(EXPORT_LINK));
        assertThat(reply.getHeader(FeltConstants.DOWNLOAD_URL)).isEqualTo(EXPORT_LINK);
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void linkTakesTheHeadersOverTheOptions() throws Exception {
        String url = "/api/v2/maps/" + OTHER_MAP_ID + "/layers/" + OTHER_LAYER_ID + "/get_export_link";
        felt.stubFor(get(urlEqualTo(url)).willReturn(okJson(FeltJson.exportLink())));

        Message reply = reply(call("felt:export/link?mapId=" + MAP_ID + "&layerId=" + LAYER_ID, null,
                Map.of(FeltConstants.MAP_ID, OTHER_MAP_ID, FeltConstants.LAYER_ID, OTHER_LAYER_ID)));

        assertOnlyBodilessRequest(feltRequest(GET, url));
        assertThat(reply.getHeader(FeltConstants.DOWNLOAD_URL)).isEqualTo(EXPORT_LINK);
    }

    @Test
    void downloadWritesTheLinkedFileWithoutTheToken(@TempDir Path downloads) throws Exception {
        String url = "/api/v2/maps/" + MAP_ID + "/layers/" + LAYER_ID + "/get_export_link";
        felt.stubFor(get(urlEqualTo(url)).willReturn(okJson(linkTo("/signed/parks.gpkg?sig=abc"))));
        felt.stubFor(get(urlEqualTo("/signed/parks.gpkg?sig=abc")).willReturn(aResponse().withBody("GPKG data")));

        Message reply = reply(call("felt:export/link?mapId=" + MAP_ID + "&layerId=" + LAYER_ID
                                   + "&download=true&downloadDirectory=" + downloads));

        assertThat(reply.getBody()).isEqualTo(downloads.resolve("parks.gpkg").toFile());
        assertThat(reply.getHeader(FeltConstants.FILE_NAME)).isEqualTo("parks.gpkg");
        assertThat(Files.readString(downloads.resolve("parks.gpkg"))).isEqualTo("GPKG data");
        assertThat(downloads.toFile().list()).containsExactly("parks.gpkg");
        // a pre-signed URL is its own credential: the Felt token must not travel to the download host
        felt.verify(getRequestedFor(urlEqualTo("/signed/parks.gpkg?sig=abc")).withHeader("Authorization", absent()));
    }

    @Test
    void anExpiredLinkIsAskedForAgainOnce(@TempDir Path downloads) throws Exception {
        String url = "/api/v2/maps/" + MAP_ID + "/layers/" + LAYER_ID + "/get_export_link";
        felt.stubFor(get(urlEqualTo(url)).inScenario("link").whenScenarioStateIs(STARTED)
                .willReturn(okJson(linkTo("/signed/old.gpkg"))).willSetStateTo("renewed"));
        felt.stubFor(get(urlEqualTo(url)).inScenario("link").whenScenarioStateIs("renewed")
                .willReturn(okJson(linkTo("/signed/new.gpkg"))));
        felt.stubFor(get(urlEqualTo("/signed/old.gpkg")).willReturn(aResponse().withStatus(403)));
        felt.stubFor(get(urlEqualTo("/signed/new.gpkg")).willReturn(aResponse().withBody("fresh")));

        Message reply = reply(call("felt:export/link?mapId=" + MAP_ID + "&layerId=" + LAYER_ID
                                   + "&download=true&downloadDirectory=" + downloads));

        felt.verify(2, getRequestedFor(urlEqualTo(url)));
        assertThat(reply.getHeader(FeltConstants.DOWNLOAD_URL)).isEqualTo(baseUrl() + "/signed/new.gpkg");
        assertThat(Files.readString(reply.getBody(File.class).toPath())).isEqualTo("fresh");
    }

    private static String linkTo(String path) {
        return "{\"export_link\": \"" + baseUrl() + path + "\"}";
    }
}
