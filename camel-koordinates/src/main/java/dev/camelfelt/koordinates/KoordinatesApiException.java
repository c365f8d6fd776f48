package dev.camelfelt.koordinates;

/** Koordinates answered a call with an error status; the message names the call and carries the server's text. */
public class KoordinatesApiException extends KoordinatesException {

    private final int statusCode;
    private final String responseBody;

    public KoordinatesApiException(String call, int statusCode, String responseBody) {
        super(call + " failed with HTTP " + statusCode + (responseBody == null || responseBody.isBlank() ? ""
                : ": " + abbreviate(responseBody)));
        this.statusCode = statusCode;
        this.responseBody = responseBody;
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** The body of the error response, as Koordinates sent it. */
    public String getResponseBody() {
        return responseBody;
    }

    private static String abbreviate(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 500 ? line : line.substring(0, 500) + "...";
    }
}
