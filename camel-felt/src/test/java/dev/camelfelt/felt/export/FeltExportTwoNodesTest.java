package dev.camelfelt.felt.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.camelfelt.engine.testing.Postgres;
import dev.camelfelt.felt.simulator.CustomExport;
import dev.camelfelt.felt.simulator.FeltSimulator;
import dev.camelfelt.felt.simulator.SeededMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Camel applications in two JVMs, with the same routes and one {@code JdbcJobStore} on a real PostgreSQL,
 * against one Felt simulator: every export started on either node is emitted exactly once across both, also when
 * one node is killed with {@code kill -9} while it holds exports, which the survivor then takes over once their
 * leases have run out; and with Camel's {@code master:} and a file-lock cluster service, that only the leader
 * consumes, and that a follower takes over when the leader is killed.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FeltExportTwoNodesTest {

    private static final String TOKEN = "felt-cluster-token";
    private static final int EXPORTS_PER_NODE = 6;
    private static final Duration LEASE = Duration.ofSeconds(3);
    private static final Duration POLL_DELAY = Duration.ofMillis(250);
    /** Two JVMs starting Camel on a busy machine. */
    private static final Duration START_UP = Duration.ofSeconds(60);
    /** What the takeover takes beyond the lease and a poll delay: the survivor's poll, download and route. */
    private static final Duration TAKEOVER_WORK = Duration.ofSeconds(10);

    @TempDir
    Path logs;

    /** The nodes' temporary directory: a killed node cannot delete its downloads, this test does. */
    @TempDir
    Path nodesTemp;

    private final List<Process> nodes = new ArrayList<>();
    private Process nodeA;
    private FeltSimulator simulator;
    private DataSource database;

    @BeforeEach
    void startFeltAndDatabase() throws SQLException {
        // exports take three polls to complete, so that they are pending for a while
        simulator = FeltSimulator.builder().token(TOKEN).pollsUntilComplete(3).build();
        database = Postgres.dataSource();
        execute("DROP TABLE IF EXISTS camel_job");
        execute("DROP TABLE IF EXISTS " + ExportClusterNode.EVENTS);
        execute("CREATE TABLE " + ExportClusterNode.EVENTS
                + " (seq BIGSERIAL PRIMARY KEY, export_id VARCHAR(64) NOT NULL, node VARCHAR(16) NOT NULL,"
                + " event VARCHAR(16) NOT NULL)");
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process node : nodes) {
            node.destroyForcibly();
            node.waitFor(10, TimeUnit.SECONDS);
        }
        simulator.close();
    }

    @Test
    void everyExportIsEmittedOnceAcrossTheNodesAndTheSurvivorTakesOverTheKilledNodesExports() throws Exception {
        try {
            List<String> heldByNodeA = startNodeAHoldingItsExports(null);

            // both nodes consume the exports node-b starts, while node-a holds its own
            startNode("node-b", -1, null);
            awaitExportsOfBothNodesEndedBut(heldByNodeA);
            // node-a keeps its claims beyond their first lease by renewing them at each poll
            long firstLeaseEnd = leaseEnd(heldByNodeA, "node-a");
            assertThat(firstLeaseEnd).isPositive();
            await().atMost(START_UP).until(() -> leaseEnd(heldByNodeA, "node-a") > firstLeaseEnd + LEASE.toMillis());

            killNodeA();

            assertEmittedOnceAndHeldOnesTakenOverByNodeB(heldByNodeA);
            assertThat(exportsRoutedTwiceBeforeTheKill()).as("exports both nodes began to route while both lived")
                    .isEmpty();
        } catch (AssertionError | RuntimeException e) {
            addWhatTheNodesDid(e);
            throw e;
        }
    }

    @Test
    void withMasterOnlyTheLeaderConsumesAndAFollowerTakesOverWhenItIsKilled(@TempDir Path cluster) throws Exception {
        try {
            List<String> heldByNodeA = startNodeAHoldingItsExports(cluster);

            // node-b starts exports, but only node-a, the leader, consumes them
            startNode("node-b", -1, cluster);
            awaitExportsOfBothNodesEndedBut(heldByNodeA);
            assertThat(exports("routing", "node-b")).as("exports the follower routed while the leader lived").isEmpty();

            killNodeA();

            assertEmittedOnceAndHeldOnesTakenOverByNodeB(heldByNodeA);
        } catch (AssertionError | RuntimeException e) {
            addWhatTheNodesDid(e);
            throw e;
        }
    }

    /**
     * Starts node-a, which routes the first export it started, then hangs in the routes of the others it started,
     * holding them until it is killed; it routes the exports node-b starts to their end. Returns those it holds.
     */
    private List<String> startNodeAHoldingItsExports(Path cluster) throws Exception {
        nodeA = startNode("node-a", 1, cluster);
        await().atMost(START_UP).until(() -> exports("routed", "node-a").size() == 1
                                             && exports("routing", "node-a").size() == EXPORTS_PER_NODE);
        List<String> held = exports("routing", "node-a");
        held.removeAll(exports("routed", "node-a"));
        return held;
    }

    private void awaitExportsOfBothNodesEndedBut(List<String> held) {
        await().atMost(START_UP).until(() -> exports("started", null).size() == 2 * EXPORTS_PER_NODE
                                             && pendingJobs() == held.size());
    }

    /** Kills node-a with SIGKILL, and records when in the table of events. */
    private void killNodeA() throws Exception {
        // a kill between a route's end and the store's record of it would emit that export again: not now
        assertThat(routedButPending("node-a")).isZero();
        nodeA.destroyForcibly();
        assertThat(nodeA.waitFor(10, TimeUnit.SECONDS)).isTrue();
        execute("INSERT INTO " + ExportClusterNode.EVENTS + " (export_id, node, event) VALUES ('-', 'test', 'killed')");
    }

    private void assertEmittedOnceAndHeldOnesTakenOverByNodeB(List<String> heldByNodeA) throws Exception {
        await().atMost(LEASE.plus(POLL_DELAY).plus(TAKEOVER_WORK))
                .untilAsserted(() -> assertThat(exports("routed", "node-b")).containsAll(heldByNodeA));
        await().atMost(START_UP).until(() -> pendingJobs() == 0);

        List<String> started = exports("started", null);
        assertThat(started).hasSize(2 * EXPORTS_PER_NODE).doesNotHaveDuplicates();
        assertThat(simulator.customExports()).extracting(CustomExport::id).containsExactlyInAnyOrderElementsOf(started);
        assertThat(emissions()).as("times each export was routed to its end, across both nodes")
                .containsOnlyKeys(started).allSatisfy((export, times) -> assertThat(times).isOne());
        assertThat(exportsRoutedByAfterTheKill("node-b")).containsExactlyInAnyOrderElementsOf(heldByNodeA);
        assertThat(simulator.contractViolations()).isEmpty();
    }

    private void addWhatTheNodesDid(Throwable failure) {
        failure.addSuppressed(new AssertionError("What the nodes recorded: " + summary() + "\nWhat they logged:\n"
                                                 + nodeLogs()));
    }

    /** Starts a node in a JVM of its own on this test's class path; with a cluster directory, under master:. */
    private Process startNode(String name, int routesLetThrough, Path cluster) throws IOException {
        SeededMap map = simulator.templateMap();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + nodesTemp, "-cp", System.getProperty("java.class.path"),
                ExportClusterNode.class.getName(),
                name, Postgres.jdbcUrl(), simulator.baseUrl(), TOKEN, map.mapId(), map.layerId(),
                String.valueOf(EXPORTS_PER_NODE), String.valueOf(routesLetThrough), LEASE.toString(),
                String.valueOf(POLL_DELAY.toMillis()));
        if (cluster != null) {
            command = new ArrayList<>(command);
            command.add(cluster.toString());
        }
        Process node = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile()).start();
        nodes.add(node);
        return node;
    }

    /** The exports of the recorded events of that kind, by that node or (null) by any, in the order they happened. */
    private List<String> exports(String event, String node) throws SQLException {
        String sql = "SELECT export_id FROM " + ExportClusterNode.EVENTS + " WHERE event = ?"
                     + (node == null ? "" : " AND node = ?") + " ORDER BY seq";
        List<String> exports = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, event);
            if (node != null) {
                query.setString(2, node);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    exports.add(rows.getString(1));
                }
            }
        }
        return exports;
    }

    /** How many times each export was routed to its end. */
    private Map<String, Integer> emissions() throws SQLException {
        Map<String, Integer> times = new LinkedHashMap<>();
        try (Connection connection = database.getConnection();
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT export_id, COUNT(*) FROM " + ExportClusterNode.EVENTS
                                                 + " WHERE event = 'routed' GROUP BY export_id")) {
            while (rows.next()) {
                times.put(rows.getString(1), rows.getInt(2));
            }
        }
        return times;
    }

    /** The exports whose routing began more than once before the test killed a node. */
    private List<String> exportsRoutedTwiceBeforeTheKill() throws SQLException {
        return strings("SELECT export_id FROM " + ExportClusterNode.EVENTS + " WHERE event = 'routing'"
                       + " AND seq < (SELECT seq FROM " + ExportClusterNode.EVENTS + " WHERE event = 'killed')"
                       + " GROUP BY export_id HAVING COUNT(*) > 1");
    }

    /** The exports whose routing the node began after the test killed the other. */
    private List<String> exportsRoutedByAfterTheKill(String node) throws SQLException {
        return strings("SELECT export_id FROM " + ExportClusterNode.EVENTS + " WHERE event = 'routing'"
                       + " AND node = '" + node + "'"
                       + " AND seq > (SELECT seq FROM " + ExportClusterNode.EVENTS + " WHERE event = 'killed')");
    }

    /** The earliest end of the node's leases on these exports, in the nodes' clock; 0 unless it holds them all. */
    private long leaseEnd(List<String> exports, String node) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT CASE WHEN COUNT(*) = ?"
                     + " THEN MIN(lease_until) ELSE 0 END FROM camel_job WHERE job_id = ANY (?) AND lease_owner LIKE ?")) {
            query.setInt(1, exports.size());
            query.setArray(2, connection.createArrayOf("varchar", exports.toArray()));
            query.setString(3, "%/" + node + "/%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection();
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** The exports a node has routed that the store still has as pending. */
    private int routedButPending(String node) throws SQLException {
        return count("SELECT COUNT(*) FROM camel_job j JOIN " + ExportClusterNode.EVENTS + " e ON j.job_id = e.export_id"
                     + " WHERE e.event = 'routed' AND e.node = '" + node + "' AND j.status = 'pending'");
    }

    private int pendingJobs() throws SQLException {
        return count("SELECT COUNT(*) FROM camel_job WHERE status = 'pending'");
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String summary() {
        try {
            return strings("SELECT node || ' ' || event || ' ' || COUNT(*) FROM " + ExportClusterNode.EVENTS
                           + " GROUP BY node, event ORDER BY node, event") + ", store: "
                   + strings("SELECT status || ' ' || COALESCE(lease_owner, '-') || ' ' || COUNT(*) FROM camel_job"
                             + " GROUP BY status, lease_owner");
        } catch (SQLException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private String nodeLogs() {
        StringBuilder all = new StringBuilder();
        for (String name : List.of("node-a", "node-b")) {
            Path log = logs.resolve(name + ".log");
            try {
                all.append("--- ").append(name).append('\n')
                        .append(Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(nothing)\n");
            } catch (IOException e) {
                all.append("(unreadable: ").append(e.getMessage()).append(")\n");
            }
        }
        return all.toString();
    }
}
