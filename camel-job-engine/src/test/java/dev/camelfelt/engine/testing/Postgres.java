package dev.camelfelt.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL per test JVM, started on first use from the binaries in the test class path, on a free
 * loopback port, and stopped by its own shutdown hook when the JVM exits.
 */
public final class Postgres {

    private static EmbeddedPostgres server;

    private Postgres() {
    }

    public static synchronized DataSource dataSource() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return server.getPostgresDatabase();
    }

    /** The JDBC URL of the server's postgres database, for another process. */
    public static String jdbcUrl() {
        dataSource();
        return server.getJdbcUrl("postgres", "postgres");
    }
}
