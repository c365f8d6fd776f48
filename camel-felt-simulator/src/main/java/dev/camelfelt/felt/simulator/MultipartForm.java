package dev.camelfelt.felt.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code multipart/form-data} body split into its parts in the order they were sent, as storage reads it. */
record MultipartForm(List<Part> parts) {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** One part: its field name, its file name if it is a file, and its content. */
    record Part(String name, String fileName, byte[] content) {
    }

    /** Parses a body, or answers empty when the content type is not multipart or the body is malformed. */
    static Optional<MultipartForm> parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find() || body == null) {
            return Optional.empty();
        }
        byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.US_ASCII);
        List<Part> parts = new ArrayList<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int afterDelimiter = start + delimiter.length;
            if (afterDelimiter + 2 <= body.length && body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-') {
                return Optional.of(new MultipartForm(parts));
            }
            int headersEnd = indexOf(body, HEADER_END, afterDelimiter);
            int next = indexOf(body, ("\r\n" + new String(delimiter, StandardCharsets.US_ASCII))
                    .getBytes(StandardCharsets.US_ASCII), afterDelimiter);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                return Optional.empty();
            }
            String headers = new String(body, afterDelimiter, headersEnd - afterDelimiter, StandardCharsets.UTF_8);
            Matcher name = NAME.matcher(headers);
            Matcher fileName = FILE_NAME.matcher(headers);
            parts.add(new Part(name.find() ? name.group(1) : null, fileName.find() ? fileName.group(1) : null,
                    Arrays.copyOfRange(body, headersEnd + HEADER_END.length, next)));
            start = next + 2;
        }
        return Optional.empty();
    }

    /** Returns the field names in the order sent. */
    List<String> names() {
        return parts.stream().map(Part::name).toList();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
