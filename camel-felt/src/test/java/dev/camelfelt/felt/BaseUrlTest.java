package dev.camelfelt.felt;

import dev.camelfelt.felt.model.FeltMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** baseUrl is the host, with or without a trailing slash or Felt's /api/v2; anything else fails naming baseUrl. */
class BaseUrlTest extends FeltTestSupport {

    @ParameterizedTest
    @ValueSource(strings = { "", "/", "/api/v2", "/api/v2/", "//" })
    void aTrailingSlashOrApiV2IsAccepted(String suffix) throws Exception {
        felt.stubFor(get(urlEqualTo("/api/v2/maps/" + MAP_ID)).willReturn(okJson(FeltJson.map(MAP_ID, "Wildfires"))));

        FeltMap map = reply(call("felt:maps/get?mapId=" + MAP_ID + "&baseUrl=" + baseUrl() + suffix))
                .getBody(FeltMap.class);

        assertThat(map.id()).isEqualTo(MAP_ID);
        assertOnlyBodilessRequest(feltRequest(GET, "/api/v2/maps/" + MAP_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = { "felt.com", "ftp://felt.com", "https://", "https://felt.com?x=1", "https://fe lt.com" })
    void aBaseUrlThatIsNotAnHttpUrlFailsNamingIt(String baseUrl) {
        assertThatThrownBy(() -> context.getEndpoint("felt:maps/get?mapId=" + MAP_ID + "&baseUrl=RAW(" + baseUrl + ")")
                .createProducer().start())
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The baseUrl option must be an absolute http(s) URL")
                .hasMessageContaining("'" + baseUrl + "'");
        assertNoRequests();
    }
}
