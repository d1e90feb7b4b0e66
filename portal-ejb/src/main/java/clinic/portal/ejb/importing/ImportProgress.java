package clinic.portal.ejb.importing;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * How far an import has come: of its lines, how many became accounts, how many were refused (when the file was
 * checked or when their turn came), and whether the last line is done.
 */
public record ImportProgress(long id, String fileName, OffsetDateTime startedAt, String startedBy, int lines,
                             long created, long refused, boolean finished) implements Serializable {

    public long done() {
        return created + refused;
    }

    /** Whole percent of the lines done, 100 only once every line is. */
    public int percent() {
        if (lines == 0 || finished) {
            return 100;
        }
        return (int) Math.min(99, done() * 100 / lines);
    }
}
