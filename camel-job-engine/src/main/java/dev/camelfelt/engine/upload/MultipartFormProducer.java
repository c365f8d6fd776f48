package dev.camelfelt.engine.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * A {@code multipart/form-data} body of text fields followed by one file, produced as the connection takes it: the
 * file is read from disk a buffer at a time while the socket can take more, so that memory stays bounded whatever its
 * size. HttpClient's own multipart builder writes to a blocking stream, which would hold a thread for the whole
 * transfer; hence the parts are framed here (RFC 7578). The length is known in advance, as storage hosts such as S3
 * refuse a chunked form post.
 */
final class MultipartFormProducer implements AsyncEntityProducer {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private final String boundary = "camel-felt-" + UUID.randomUUID();
    private final UploadFile file;
    private final long fileSize;
    private final byte[] head;
    private final byte[] tail;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
    private ByteBuffer pending = ByteBuffer.allocate(0);
    private Stage stage = Stage.HEAD;
    private FileChannel channel;
    private long fileBytesRead;

    private enum Stage { HEAD, FILE, TAIL, DONE }

    /**
     * @param fields    the text fields, sent first in the map's iteration order
     * @param fileField the name of the file's field
     */
    MultipartFormProducer(Map<String, String> fields, String fileField, UploadFile file) throws IOException {
        this.file = file;
        this.fileSize = Files.size(file.path());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            write(out, "--" + boundary);
            write(out, "Content-Disposition: form-data; name=\"" + quoted(field.getKey()) + "\"");
            out.write(CRLF);
            write(out, field.getValue());
        }
        write(out, "--" + boundary);
        write(out, "Content-Disposition: form-data; name=\"" + quoted(fileField) + "\"; filename=\""
                   + quoted(file.fileName()) + "\"");
        write(out, "Content-Type: application/octet-stream");
        out.write(CRLF);
        this.head = out.toByteArray();
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write(CRLF);
    }

    /** As browsers do: a quote or a line break would end the parameter early. */
    private static String quoted(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    @Override
    public long getContentLength() {
        return head.length + fileSize + tail.length;
    }

    @Override
    public String getContentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return false;
    }

    @Override
    public Set<String> getTrailerNames() {
        return Set.of();
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public int available() {
        // the content is on disk: always ready
        return Integer.MAX_VALUE;
    }

    @Override
    public void produce(DataStreamChannel out) throws IOException {
        while (true) {
            if (!pending.hasRemaining() && !next()) {
                out.endStream();
                return;
            }
            out.write(pending);
            if (pending.hasRemaining()) {
                // the socket is full: the client asks again when it can take more
                return;
            }
        }
    }

    /** Moves on to the next bytes to send; false once everything has been sent. */
    private boolean next() throws IOException {
        while (true) {
            switch (stage) {
                case HEAD -> {
                    pending = ByteBuffer.wrap(head);
                    stage = Stage.FILE;
                    channel = FileChannel.open(file.path(), StandardOpenOption.READ);
                    return true;
                }
                case FILE -> {
                    buffer.clear();
                    buffer.limit((int) Math.min(BUFFER_SIZE, fileSize - fileBytesRead));
                    int read = buffer.hasRemaining() ? channel.read(buffer) : -1;
                    if (read > 0) {
                        fileBytesRead += read;
                        buffer.flip();
                        pending = buffer;
                        return true;
                    }
                    if (fileBytesRead < fileSize) {
                        throw new IOException(file.path() + " shrank while it was being uploaded: " + fileBytesRead
                                              + " of " + fileSize + " bytes read");
                    }
                    closeFile();
                    stage = Stage.TAIL;
                }
                case TAIL -> {
                    pending = ByteBuffer.wrap(tail);
                    stage = Stage.DONE;
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
    }

    @Override
    public void failed(Exception cause) {
        releaseResources();
    }

    @Override
    public void releaseResources() {
        try {
            closeFile();
        } catch (IOException e) {
            // nothing was written to it; a failed close of a read cannot lose data
        }
    }

    private void closeFile() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
