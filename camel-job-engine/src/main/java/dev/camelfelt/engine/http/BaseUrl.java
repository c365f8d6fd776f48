package dev.camelfelt.engine.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The root of an API, from a user's base URL option: {@code https://felt.com}, {@code https://felt.com/} and
 * {@code https://felt.com/api/v2} all give {@code https://felt.com/api/v2}; anything that is not an absolute http(s)
 * URL is rejected with a message naming the option.
 */
public final class BaseUrl {

    private BaseUrl() {
    }

    /**
     * @param value      what the user set
     * @param apiPrefix  the path of the API below the host, e.g. {@code /api/v2}; may be empty
     * @param optionName the option to name in the error, e.g. {@code baseUrl}
     */
    public static URI apiRoot(String value, String apiPrefix, String optionName) {
        String text = value == null ? "" : value.trim();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(optionName, value, "it is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(optionName, value, "it needs the scheme http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(optionName, value, "it has no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(optionName, value, "it must not have a query or a fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!apiPrefix.isEmpty() && path.endsWith(apiPrefix)) {
            path = path.substring(0, path.length() - apiPrefix.length());
        }
        String root = scheme + "://" + uri.getRawAuthority() + path + apiPrefix;
        return URI.create(root);
    }

    private static IllegalArgumentException invalid(String optionName, String value, String why) {
        return new IllegalArgumentException("The " + optionName + " option must be an absolute http(s) URL such as"
                                            + " https://example.com, but '" + value + "' is not: " + why);
    }
}
