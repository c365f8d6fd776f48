package dev.camelfelt.felt.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.camelfelt.engine.store.JdbcJobStore;
import dev.camelfelt.felt.FeltConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.main.Main;

/**
 * One node of a cluster, run in a JVM of its own by {@link FeltExportTwoNodesTest}: a Camel Main application that
 * starts exports with felt:export/create and consumes those that end with felt:export, on a {@link JdbcJobStore}
 * that all nodes share. It records in the shared database each export it started ({@code started}), each it began
 * to route ({@code routing}) and each whose route ended ({@code routed}), so that the test sees from outside which
 * node emitted what.
 * <p>
 * Arguments: node name, JDBC URL, Felt base URL, token, map id, layer id, how many exports to start, how many
 * routings of its own exports to let through before every later one hangs (-1 for never), lease duration, poll
 * delay in ms, and optionally a directory for a {@link FileLockClusterService}: then the consumer runs on the
 * cluster's leader only, through {@code master:}.
 */
public final class ExportClusterNode {

    /** The table the nodes record what they did in, created by the test. */
    static final String EVENTS = "export_event";

    private final String node;
    private final DataSource database;
    private final int letThrough;
    private final Set<String> startedHere = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ownRoutings = new AtomicInteger();
    // never counted down: a hanging route holds its export until the node is killed
    private final CountDownLatch never = new CountDownLatch(1);

    private ExportClusterNode(String node, DataSource database, int letThrough) {
        this.node = node;
        this.database = database;
        this.letThrough = letThrough;
    }

    public static void main(String[] args) throws Exception {
        String node = args[0];
        String jdbcUrl = args[1];
        String mapId = args[4];
        String layerId = args[5];
        int exports = Integer.parseInt(args[6]);
        Main main = new Main();
        main.configure().withName(node);

        // tag::jdbc-store[]
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setMaximumPoolSize(4);
        HikariDataSource database = new HikariDataSource(pool);
        main.bind("exportJobs", new JdbcJobStore(database));
        // end::jdbc-store[]

        ExportClusterNode routes = new ExportClusterNode(node, database, Integer.parseInt(args[7]));
        main.addInitialProperty("camel.component.felt.base-url", args[2]);
        main.addInitialProperty("camel.component.felt.api-token", args[3]);
        // two nodes polling a dozen exports several times a second: more than the default budget
        main.addInitialProperty("camel.component.felt.max-requests-per-second", "500");
        // the routes that hang each hold a callback thread: leave threads for the rest
        main.addInitialProperty("camel.component.felt.callback-threads", "16");
        boolean underMaster = args.length > 10;
        if (underMaster) {
            FileLockClusterService cluster = new FileLockClusterService();
            cluster.setRoot(args[10]);
            cluster.setAcquireLockInterval(300);
            cluster.setAcquireLockIntervalUnit(TimeUnit.MILLISECONDS);
            main.bind("cluster", cluster);
        }
        String consumer = (underMaster ? "master:felt-exports:" : "") + "felt:export?jobStore=#exportJobs&mapId="
                          + mapId + "&initialDelay=0&delay=" + args[9] + "&leaseDuration=" + args[8];
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:start-exports?delay=0&period=20&repeatCount=" + exports)
                        .to("felt:export/create?jobStore=#exportJobs&format=geojson&mapId=" + mapId
                            + "&layerId=" + layerId)
                        .process(routes::started);

                from(consumer).process(routes::route);
            }
        });
        main.run();
    }

    private void started(Exchange exchange) throws SQLException {
        startedHere.add(exportId(exchange));
        record(exchange, "started");
    }

    private void route(Exchange exchange) throws Exception {
        record(exchange, "routing");
        if (letThrough >= 0 && startedHere.contains(exportId(exchange)) && ownRoutings.getAndIncrement() >= letThrough) {
            never.await();
        }
        record(exchange, "routed");
    }

    private void record(Exchange exchange, String event) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO " + EVENTS + " (export_id, node, event) VALUES (?, ?, ?)")) {
            insert.setString(1, exportId(exchange));
            insert.setString(2, node);
            insert.setString(3, event);
            insert.executeUpdate();
        }
    }

    private static String exportId(Exchange exchange) {
        return exchange.getMessage().getHeader(FeltConstants.EXPORT_ID, String.class);
    }
}
