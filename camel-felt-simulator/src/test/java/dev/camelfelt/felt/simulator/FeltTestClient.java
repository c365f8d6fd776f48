package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A small HTTP client for the simulator's API, authenticated with the simulator's token unless told otherwise. */
final class FeltTestClient {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String authorization;

    FeltTestClient(FeltSimulator simulator) {
        this(simulator.baseUrl(), "Bearer " + simulator.token());
    }

    FeltTestClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** Returns a client sending the given Authorization header value, or none for {@code null}. */
    FeltTestClient withAuthorization(String value) {
        return new FeltTestClient(baseUrl, value);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postWithoutBody(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** One field of a multipart form: a file when it has a file name. */
    record FormPart(String name, String fileName, byte[] content) {

        static FormPart field(String name, String value) {
            return new FormPart(name, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static FormPart file(String fileName, byte[] content) {
            return new FormPart("file", fileName, content);
        }
    }

    /** Posts a multipart form with the parts in the given order to an absolute URL, as a storage upload does. */
    static HttpResponse<String> postForm(String url, List<FormPart> parts, String authorizationHeader) {
        String boundary = "----simulator-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (FormPart part : parts) {
            String disposition = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"\r\n"
                            + "Content-Type: application/octet-stream")
                    + "\r\n\r\n";
            body.writeBytes(disposition.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorizationHeader != null) {
            builder.header("Authorization", authorizationHeader);
        }
        return send(builder);
    }

    /** Sends a request to an absolute URL, as a client following a link does. */
    HttpResponse<byte[]> download(String url, String authorizationHeader) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorizationHeader != null) {
            builder.header("Authorization", authorizationHeader);
        }
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(byte[] content) {
        try {
            return MAPPER.readTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the files of a ZIP archive by name. */
    static Map<String, byte[]> unzip(byte[] archive) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
