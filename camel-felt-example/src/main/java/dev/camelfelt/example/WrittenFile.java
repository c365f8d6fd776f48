package dev.camelfelt.example;

import java.io.File;

import org.apache.camel.Exchange;

/** The file a {@code file:} producer just wrote, as a body: felt:layers/upload sends a {@code File} body as the data. */
public final class WrittenFile {

    private WrittenFile() {
    }

    /** The file named by the {@code CamelFileNameProduced} header. */
    public static File of(Exchange exchange) {
        return new File(exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED, String.class));
    }
}
