package clinic.portal.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A PrimeFaces lazy table model over a service that counts and pages on the database: the table asks for one page
 * at a time, and filtering is the backing bean's (its fields feed the two functions), not the table's.
 *
 * @param <T> a row
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Counts the rows. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** Loads rows from {@code first}, at most {@code max} of them. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> load(int first, int max);
    }

    /** The row's key, unique in the table. */
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    /** The most rows a page loads, whatever the request asks for (the services' own limit). */
    public static final int MAX_PAGE_SIZE = 200;

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    public PagedModel(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(count.count());
    }

    /**
     * Loads the page the table asks for. The page size and offset come from the request (a client may post
     * {@code _rows=100000}), so they are held to what the services accept instead of failing there.
     */
    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(Math.max(0, first), Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }
}
