package dev.camelfelt.engine.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;

import dev.camelfelt.engine.testing.Postgres;
import org.junit.jupiter.api.AfterEach;

/** The JDBC store on a real PostgreSQL that the test starts itself. */
class JdbcJobStorePostgresTest extends DurableJobStoreContract {

    @Override
    JobStore newStore() throws Exception {
        return reopen();
    }

    @Override
    JobStore reopen() throws IOException {
        JdbcJobStore jdbc = new JdbcJobStore(Postgres.dataSource(), "felt_jobs", clock, RETENTION);
        jdbc.start();
        return jdbc;
    }

    @AfterEach
    void dropTable() throws Exception {
        try (Connection connection = Postgres.dataSource().getConnection();
             Statement drop = connection.createStatement()) {
            drop.execute("DROP TABLE IF EXISTS felt_jobs");
        }
    }
}
