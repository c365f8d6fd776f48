package dev.camelfelt.felt.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Remembers the exports started in a CamelContext until a consumer has routed them, in a {@link StateRepository}
 * so that a restart resumes them. A {@code StateRepository} can neither list nor delete, so one key holds the
 * pending exports and each export that leaves it gets its final status under a key of its own.
 */
public final class ExportTracker extends ServiceSupport {

    /** The status of an export that is still watched. */
    public static final String PENDING = "pending";

    static final String PENDING_KEY = "felt.exports.pending";
    static final String STATUS_KEY_PREFIX = "felt.export.";
    private static final String FIELD_SEPARATOR = "/";
    private static final String ENTRY_SEPARATOR = ",";

    private final StateRepository<String, String> repository;

    public ExportTracker(StateRepository<String, String> repository) {
        this.repository = repository;
    }

    /** Starts watching an export. */
    public synchronized void track(ExportRef export) {
        for (String id : List.of(export.mapId(), export.layerId(), export.exportId())) {
            if (id.contains(FIELD_SEPARATOR) || id.contains(ENTRY_SEPARATOR) || id.contains("=") || id.contains("\n")) {
                throw new IllegalArgumentException("Cannot track export " + export + ": an id holds / , = or a newline");
            }
        }
        Set<ExportRef> pending = read();
        if (pending.add(export)) {
            write(pending);
            repository.setState(STATUS_KEY_PREFIX + export.exportId(), PENDING);
        }
    }

    /** The exports not yet routed, oldest first. */
    public synchronized List<ExportRef> pending() {
        return new ArrayList<>(read());
    }

    /** Stops watching an export, recording how it ended. */
    public synchronized void finish(ExportRef export, String finalStatus) {
        Set<ExportRef> pending = read();
        if (pending.remove(export)) {
            write(pending);
        }
        repository.setState(STATUS_KEY_PREFIX + export.exportId(), finalStatus);
    }

    /** How an export ended, "pending" while it is watched, or null when it was never tracked. */
    public synchronized String status(String exportId) {
        return repository.getState(STATUS_KEY_PREFIX + exportId);
    }

    private Set<ExportRef> read() {
        Set<ExportRef> pending = new LinkedHashSet<>();
        String stored = repository.getState(PENDING_KEY);
        if (stored != null && !stored.isBlank()) {
            for (String entry : stored.split(ENTRY_SEPARATOR)) {
                String[] ids = entry.split(FIELD_SEPARATOR);
                if (ids.length == 3) {
                    pending.add(new ExportRef(ids[0], ids[1], ids[2]));
                }
            }
        }
        return pending;
    }

    private void write(Set<ExportRef> pending) {
        List<String> entries = new ArrayList<>();
        for (ExportRef export : pending) {
            entries.add(String.join(FIELD_SEPARATOR, export.mapId(), export.layerId(), export.exportId()));
        }
        repository.setState(PENDING_KEY, String.join(ENTRY_SEPARATOR, entries));
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(repository);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(repository);
    }
}
