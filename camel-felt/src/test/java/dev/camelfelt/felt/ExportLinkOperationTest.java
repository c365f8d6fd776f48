package dev.camelfelt.felt;

import java.util.Map;

import dev.camelfelt.felt.model.ExportLink;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
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
}
