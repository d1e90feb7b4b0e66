package clinic.portal.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A CSV file as the portal writes them for download (RFC 4180 through Commons CSV; UTF-8 with a byte order mark, so
 * that spreadsheets read names right). A text cell a spreadsheet would run as a formula (it starts with
 * {@code = + - @}, a tab or a carriage return: a note, an activity or a username can be typed by anyone) is prefixed
 * with an apostrophe, as OWASP advises against CSV injection.
 */
public final class CsvFile implements AutoCloseable {

    private final CSVPrinter printer;

    public CsvFile(Writer out, String... header) throws IOException {
        out.write('\uFEFF');
        this.printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(out);
    }

    public CsvFile(OutputStream out, String... header) throws IOException {
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), header);
    }

    /** One line; text cells are defused, numbers and empty cells written as they are. */
    public void row(Object... cells) {
        Object[] values = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = cells[i] instanceof String text ? safe(text) : cells[i];
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
