package dev.camelfelt.koordinates;

/** The root of the exceptions camel-koordinates raises: each names the call and the ids involved. */
public class KoordinatesException extends RuntimeException {

    public KoordinatesException(String message) {
        super(message);
    }

    public KoordinatesException(String message, Throwable cause) {
        super(message, cause);
    }
}
