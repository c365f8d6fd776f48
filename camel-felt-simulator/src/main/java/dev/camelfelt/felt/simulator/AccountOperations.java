package dev.camelfelt.felt.simulator;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The operations about who calls: the current user, and embed tokens for viewers of a map. */
final class AccountOperations {

    static final Duration EMBED_TOKEN_LIFETIME = Duration.ofHours(1);

    private final MapStore maps;

    AccountOperations(MapStore maps) {
        this.maps = maps;
    }

    /** Returns the handlers by operation id. */
    Map<String, FeltOperation> handlers() {
        return Map.of(
                "show_current_user", this::user,
                "create_map_embed_token", this::embedToken);
    }

    private ResponseDefinition user(ApiRequest request) {
        return ApiResponses.ok(Json.MAPPER.createObjectNode()
                .put("id", SeedData.USER_ID)
                .put("name", SeedData.USER_NAME)
                .put("email", SeedData.USER_EMAIL));
    }

    private ResponseDefinition embedToken(ApiRequest request) {
        MapLookup.map(maps, request);
        return ApiResponses.ok(Json.MAPPER.createObjectNode()
                .put("token", "embed-" + FeltIds.next())
                .put("expires_at", FeltJsonRenderer.timestamp(Instant.now().plus(EMBED_TOKEN_LIFETIME))));
    }
}
