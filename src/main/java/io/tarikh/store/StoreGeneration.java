package io.tarikh.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * A value that changes after every committed write to the store, so that an answer computed from
 * the store can be reused for as long as it stays the same (the HTTP layer's response cache).
 *
 * <p>The write path advances it after each write transaction commits, never before: a reader that
 * saw the new value could otherwise compute from the old rows and keep that answer under the new
 * value. A reader between the commit and the advance still gets the answer of the previous value,
 * stale by that instant only. In the process it is a counter; on PostgreSQL, which other replicas
 * write to as well, it is also the sequence {@code store_generation} (db/postgresql/V10_1), read on
 * each request and advanced with {@code nextval} (outside any transaction, so it never waits).
 * Anything that writes the store other than through the write path must call {@link #advance}.
 */
@ApplicationScoped
public class StoreGeneration {

    private static final Logger LOG = Logger.getLogger(StoreGeneration.class);

    /** This process's count of committed writes and, on PostgreSQL, the shared sequence's value. */
    public record Generation(long local, long shared) {
    }

    private final AtomicLong local = new AtomicLong();
    private final DataSource data;
    private final boolean shared;

    public StoreGeneration(DataSource data, Database database) {
        this.data = data;
        this.shared = database.isPostgres();
    }

    /** The current value; empty when the shared one cannot be read (then nothing may be reused). */
    public Optional<Generation> current() {
        long mine = local.get();
        if (!shared) {
            return Optional.of(new Generation(mine, 0));
        }
        try (Connection c = data.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT last_value FROM store_generation");
                ResultSet rs = p.executeQuery()) {
            rs.next();
            return Optional.of(new Generation(mine, rs.getLong(1)));
        } catch (SQLException e) {
            LOG.debugf("store generation not read: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** After a write committed. A failure to advance the shared value leaves other replicas on it until their entries expire. */
    public void advance() {
        local.incrementAndGet();
        if (!shared) {
            return;
        }
        try (Connection c = data.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT nextval('store_generation')");
                ResultSet rs = p.executeQuery()) {
            rs.next();
        } catch (SQLException e) {
            LOG.warnf("store generation not advanced on the database (other replicas may answer from older entries until they expire): %s",
                    e.getMessage());
        }
    }
}
