package dev.camelfelt.engine.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.engine.job.JobRef;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Keeps the jobs in a table of any database reached through a {@link DataSource}, one row per job, and creates the
 * table when it is missing. Claims are leases in the row itself, taken by a single conditional UPDATE, so any number
 * of nodes can share the table: a job is claimed by one node at a time, and a node that dies stops renewing its
 * leases, which then run out and let another node take its jobs over. Lease times come from each node's clock, so
 * the nodes' clocks must agree to well within a lease.
 */
public class JdbcJobStore extends ServiceSupport implements JobStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    /** The default table name. */
    public static final String DEFAULT_TABLE = "camel_job";

    private final DataSource dataSource;
    private final String table;
    private final Clock clock;
    private final Duration retention;
    private volatile Instant nextPurge = Instant.MIN;
    // the statements run thousands of times a second: built once
    private final String claimSql;
    private final String releaseSql;
    private final String claimedRecordSql;

    public JdbcJobStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE, Clock.systemUTC(), Duration.ofDays(1));
    }

    /**
     * @param table     the table's name (letters, digits and underscores), created when missing
     * @param retention how long a finished row is kept before it is deleted
     */
    public JdbcJobStore(DataSource dataSource, String table, Clock clock, Duration retention) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("The job table name must be letters, digits and underscores: " + table);
        }
        this.dataSource = dataSource;
        this.table = table;
        this.clock = clock;
        this.retention = retention;
        this.claimSql = "UPDATE " + table + " SET lease_owner = ?, lease_until = ? WHERE job_key = ? AND status = '"
                        + PENDING + "' AND (lease_owner IS NULL OR lease_owner = ? OR lease_until < ?)";
        this.releaseSql = "UPDATE " + table + " SET lease_owner = NULL, lease_until = NULL WHERE job_key = ?"
                          + " AND lease_owner = ?";
        this.claimedRecordSql = "SELECT * FROM " + table + " WHERE job_key = ? AND status = '" + PENDING + "'"
                                + " AND lease_owner = ? AND lease_until > ?";
    }

    @Override
    protected void doStart() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection)) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE TABLE " + table + " ("
                                   + "job_key VARCHAR(400) NOT NULL PRIMARY KEY, "
                                   + "job_type VARCHAR(100) NOT NULL, "
                                   + "job_id VARCHAR(255) NOT NULL, "
                                   + "job_scope VARCHAR(2000) NOT NULL, "
                                   + "status VARCHAR(50) NOT NULL, "
                                   + "failed_deliveries INTEGER NOT NULL, "
                                   + "file_path VARCHAR(2000), "
                                   + "lease_owner VARCHAR(255), "
                                   + "lease_until BIGINT, "
                                   + "created_at BIGINT NOT NULL, "
                                   + "finished_at BIGINT)");
                    create.execute("CREATE INDEX " + table + "_pending ON " + table + " (job_type, status)");
                } catch (SQLException e) {
                    // another node may have created it at the same moment
                    if (!tableExists(connection)) {
                        throw e;
                    }
                }
            }
        }
    }

    private boolean tableExists(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        for (String name : List.of(table, table.toUpperCase(), table.toLowerCase())) {
            try (ResultSet tables = metadata.getTables(null, null, name, new String[] { "TABLE" })) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One INSERT: the primary key refuses a job the table knows, pending or finished. */
    @Override
    public boolean add(JobRef job) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                     + " (job_key, job_type, job_id, job_scope, status, failed_deliveries, created_at)"
                     + " VALUES (?, ?, ?, ?, ?, 0, ?)")) {
            insert.setString(1, job.key());
            insert.setString(2, job.type());
            insert.setString(3, job.id());
            insert.setString(4, JSON.writeValueAsString(job.scope()));
            insert.setString(5, PENDING);
            insert.setLong(6, clock.millis());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // known already, or another node added it first
            }
            throw failure("add job " + job, e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store the scope of job " + job, e);
        }
    }

    @Override
    public Optional<JobRecord> get(String key) {
        List<JobRecord> found = query("SELECT * FROM " + table + " WHERE job_key = ?", key);
        return found.stream().findFirst();
    }

    @Override
    public List<JobRecord> pending(String type) {
        purgeNowAndThen();
        return query("SELECT * FROM " + table + " WHERE job_type = ? AND status = '" + PENDING
                     + "' ORDER BY created_at, job_key", type);
    }

    private void purgeNowAndThen() {
        Instant now = clock.instant();
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(Duration.ofMinutes(1));
        update("purge finished jobs", "DELETE FROM " + table + " WHERE finished_at IS NOT NULL AND finished_at < ?",
                now.minus(retention).toEpochMilli());
    }

    @Override
    public boolean claim(String key, String owner, Duration lease) {
        long now = clock.millis();
        return update("claim job " + key, claimSql, owner, now + lease.toMillis(), key, owner, now) == 1;
    }

    /** The claims as one JDBC batch: a single round trip, and each job's update count says whether it was claimed. */
    @Override
    public Set<String> claimAll(List<String> keys, String owner, Duration lease) {
        long now = clock.millis();
        int[] claimed = batch("claim " + keys.size() + " jobs", claimSql, keys,
                key -> new Object[] { owner, now + lease.toMillis(), key, owner, now });
        Set<String> keysClaimed = new HashSet<>();
        for (int i = 0; i < claimed.length; i++) {
            if (claimed[i] == 1) {
                keysClaimed.add(keys.get(i));
            }
        }
        return keysClaimed;
    }

    /** One query: the claim confirmed and the record read together; a lease that ran out is not taken again here. */
    @Override
    public Optional<JobRecord> claimedRecord(String key, String owner, Duration lease) {
        return query(claimedRecordSql, key, owner, clock.millis()).stream().findFirst();
    }

    @Override
    public void release(String key, String owner) {
        update("release job " + key, releaseSql, key, owner);
    }

    @Override
    public void releaseAll(List<String> keys, String owner) {
        batch("release " + keys.size() + " jobs", releaseSql, keys, key -> new Object[] { key, owner });
    }

    @Override
    public void recordFailedDelivery(String key, int failedDeliveries, String file) {
        update("record a failed delivery of job " + key, "UPDATE " + table
                + " SET failed_deliveries = ?, file_path = ? WHERE job_key = ?", failedDeliveries, file, key);
    }

    @Override
    public void finish(String key, String finalStatus) {
        update("finish job " + key, "UPDATE " + table + " SET status = ?, finished_at = ?, lease_owner = NULL,"
                                    + " lease_until = NULL WHERE job_key = ?", finalStatus, clock.millis(), key);
    }

    /** The statement once per key, in one round trip; the update count of each. */
    private int[] batch(String what, String sql, List<String> keys, Function<String, Object[]> parameters) {
        if (keys.isEmpty()) {
            return new int[0];
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (String key : keys) {
                bind(statement, parameters.apply(key));
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private int update(String what, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private List<JobRecord> query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<JobRecord> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(record(rows));
                }
            }
            return records;
        } catch (SQLException e) {
            throw failure("read jobs", e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (value instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else {
                statement.setString(i + 1, value.toString());
            }
        }
    }

    private static JobRecord record(ResultSet row) throws SQLException {
        Map<String, String> scope;
        try {
            scope = JSON.readValue(row.getString("job_scope"), new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable scope of job " + row.getString("job_key"), e);
        }
        long finished = row.getLong("finished_at");
        Instant finishedAt = row.wasNull() ? null : Instant.ofEpochMilli(finished);
        return new JobRecord(new JobRef(row.getString("job_type"), row.getString("job_id"), scope),
                row.getString("status"), row.getInt("failed_deliveries"), row.getString("file_path"),
                Instant.ofEpochMilli(row.getLong("created_at")), finishedAt);
    }

    private JobStoreException failure(String what, SQLException e) {
        return new JobStoreException("Could not " + what + " in table " + table + ": " + e.getMessage(), e);
    }
}
