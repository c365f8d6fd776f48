package dev.camelfelt.engine.store;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JdbcJobStoreH2Test extends DurableJobStoreContract {

    private final DataSource dataSource = h2();

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:jobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    @Override
    JobStore newStore() {
        return reopen();
    }

    @Override
    JobStore reopen() {
        JdbcJobStore jdbc = new JdbcJobStore(dataSource, "felt_jobs", clock, RETENTION);
        jdbc.start();
        return jdbc;
    }

    @Test
    void createsItsTableOnlyWhenMissing() {
        store.add(A);

        JobStore second = reopen();

        assertThat(second.pending("felt-export")).hasSize(1);
    }

    @Test
    void tableNameIsCheckedBeforeItReachesSql() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JdbcJobStore(dataSource, "jobs; DROP TABLE x",
                clock, RETENTION)).withMessageStartingWith("The job table name must be letters");
    }
}
