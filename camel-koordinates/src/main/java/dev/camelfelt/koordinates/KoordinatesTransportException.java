package dev.camelfelt.koordinates;

/** A call got no usable answer from Koordinates: no connection, a timeout, or an answer that could not be read. */
public class KoordinatesTransportException extends KoordinatesException {

    public KoordinatesTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
