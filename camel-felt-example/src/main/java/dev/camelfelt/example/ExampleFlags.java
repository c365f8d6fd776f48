package dev.camelfelt.example;

import java.util.Arrays;

/** The example's {@code --name=value} program arguments; a {@code -Dname=value} system property may give each instead. */
final class ExampleFlags {

    private ExampleFlags() {
    }

    /** The value of the last {@code --name=value} argument, else {@code property}; null when neither is given. */
    static String value(String[] args, String name, String property) {
        String prefix = "--" + name + "=";
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith(prefix))
                .map(arg -> arg.substring(prefix.length()))
                .reduce((first, last) -> last)
                .orElse(property);
    }
}
