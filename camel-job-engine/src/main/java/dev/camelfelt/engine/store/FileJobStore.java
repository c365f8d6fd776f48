package dev.camelfelt.engine.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelfelt.engine.download.AtomicFileMove;
import dev.camelfelt.engine.job.JobRef;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the jobs in a journal file: each change appends one line, so a change costs the same with 10 or 10,000
 * jobs, and a process killed at any moment loses nothing that was written (a line torn by the kill is skipped on
 * reading). On start the journal is read back; it is compacted (rewritten with the live records only, then moved
 * into place atomically) when it has grown to several times their number. Claims live in this JVM only: a file
 * store serves one node; nodes that share jobs need the JDBC store.
 */
public class FileJobStore extends ServiceSupport implements JobStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileJobStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COMPACT_FACTOR = 4;
    private static final int COMPACT_MIN_LINES = 1_000;

    private final Path file;
    private final Clock clock;
    private final Duration retention;
    private final boolean sync;
    private final Leases leases;
    private final Map<String, JobRecord> records = new LinkedHashMap<>();
    private FileChannel journal;
    private long lines;

    public FileJobStore(Path file) {
        this(file, Clock.systemUTC(), Duration.ofDays(1), false);
    }

    /** A store in the journal file at {@code file}, e.g. from a YAML or XML bean definition. */
    public FileJobStore(String file) {
        this(Path.of(file));
    }

    /**
     * @param retention how long a finished record is kept
     * @param sync      whether each change is forced to the disk before the call returns: it then survives a
     *                  power cut too, not only the process being killed, at the cost of a disk flush per change
     */
    public FileJobStore(Path file, Clock clock, Duration retention, boolean sync) {
        this.file = file;
        this.clock = clock;
        this.retention = retention;
        this.sync = sync;
        this.leases = new Leases(clock);
    }

    @Override
    protected synchronized void doStart() throws Exception {
        records.clear();
        lines = 0;
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        if (Files.exists(file)) {
            read();
        }
        journal = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        LOG.debug("Job store {} holds {} records", file, records.size());
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }

    private void read() throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                try {
                    apply(JSON.readTree(line));
                } catch (JsonProcessingException e) {
                    LOG.warn("Skipping a torn line of job store {}: {}", file, e.getOriginalMessage());
                }
            }
        }
    }

    private void apply(JsonNode change) {
        String key = change.path("key").asText();
        Instant at = Instant.ofEpochMilli(change.path("at").asLong());
        switch (change.path("op").asText()) {
            case "add" -> {
                Map<String, String> scope = new LinkedHashMap<>();
                change.path("scope").fields().forEachRemaining(e -> scope.put(e.getKey(), e.getValue().asText()));
                JobRef job = new JobRef(change.path("type").asText(), change.path("id").asText(), scope);
                records.putIfAbsent(key, new JobRecord(job, PENDING, 0, null, at, null));
            }
            case "delivery" -> records.computeIfPresent(key, (k, r) -> r.withDelivery(change.path("failures").asInt(),
                    change.path("file").isTextual() ? change.path("file").asText() : null));
            case "finish" -> records.computeIfPresent(key, (k, r) -> r.finishedAs(change.path("status").asText(), at));
            case "remove" -> records.remove(key);
            default -> LOG.warn("Skipping an unknown change in job store {}: {}", file, change);
        }
    }

    @Override
    public synchronized boolean add(JobRef job) {
        if (records.containsKey(job.key())) {
            return false;
        }
        append(addLine(job, clock.instant()));
        return true;
    }

    private ObjectNode addLine(JobRef job, Instant created) {
        ObjectNode line = line("add", job.key(), created);
        line.put("type", job.type()).put("id", job.id());
        ObjectNode scope = line.putObject("scope");
        job.scope().forEach(scope::put);
        return line;
    }

    @Override
    public synchronized Optional<JobRecord> get(String key) {
        return Optional.ofNullable(records.get(key));
    }

    @Override
    public synchronized List<JobRecord> pending(String type) {
        removeExpired();
        return records.values().stream().filter(r -> r.isPending() && r.job().type().equals(type))
                .sorted(Comparator.comparing(JobRecord::created)).toList();
    }

    private void removeExpired() {
        Instant expired = clock.instant().minus(retention);
        List<String> keys = records.values().stream()
                .filter(r -> r.finished() != null && r.finished().isBefore(expired)).map(r -> r.job().key()).toList();
        keys.forEach(key -> append(line("remove", key, clock.instant())));
    }

    @Override
    public synchronized boolean claim(String key, String owner, Duration lease) {
        JobRecord record = records.get(key);
        return record != null && record.isPending() && leases.claim(key, owner, lease);
    }

    @Override
    public void release(String key, String owner) {
        leases.release(key, owner);
    }

    @Override
    public synchronized void recordFailedDelivery(String key, int failedDeliveries, String downloaded) {
        if (records.containsKey(key)) {
            ObjectNode line = line("delivery", key, clock.instant()).put("failures", failedDeliveries);
            line.put("file", downloaded);
            append(line);
        }
    }

    @Override
    public synchronized void finish(String key, String finalStatus) {
        if (records.containsKey(key)) {
            append(line("finish", key, clock.instant()).put("status", finalStatus));
        }
        leases.forget(key);
    }

    private static ObjectNode line(String op, String key, Instant at) {
        return JSON.createObjectNode().put("op", op).put("key", key).put("at", at.toEpochMilli());
    }

    /** Writes the change to the journal, then applies it to memory, so memory never runs ahead of the file. */
    private void append(ObjectNode change) {
        if (journal == null) {
            throw new IllegalStateException("The job store " + file + " is not started");
        }
        try {
            write(journal, change);
            if (sync) {
                journal.force(false);
            }
            lines++;
            apply(change);
            if (lines > COMPACT_MIN_LINES && lines > (long) COMPACT_FACTOR * records.size()) {
                compact();
            }
        } catch (IOException e) {
            throw new JobStoreException("Could not write to the job store " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(FileChannel channel, ObjectNode change) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((change.toString() + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** Rewrites the journal with one add (and, where needed, one delivery and finish) line per record. */
    private void compact() throws IOException {
        Path part = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".part");
        long written = 0;
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
            for (JobRecord record : records.values()) {
                write(out, addLine(record.job(), record.created()));
                written++;
                if (record.failedDeliveries() > 0 || record.file() != null) {
                    ObjectNode delivery = line("delivery", record.job().key(), record.created())
                            .put("failures", record.failedDeliveries());
                    delivery.put("file", record.file());
                    write(out, delivery);
                    written++;
                }
                if (record.finished() != null) {
                    write(out, line("finish", record.job().key(), record.finished()).put("status", record.status()));
                    written++;
                }
            }
            out.force(true);
        }
        try {
            journal.close();
            AtomicFileMove.replace(part, file);
            lines = written;
        } finally {
            Files.deleteIfExists(part);
            journal = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
    }
}
