package clinic.portal.domain.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file of patients to import, read strictly: UTF-8 text (a byte order mark is allowed), CSV as RFC 4180 writes it
 * with commas, or the semicolons or tabs that spreadsheets in many languages save, and a first line naming the
 * columns {@value #COLUMN_LIST} (in any order, any case; {@code phone} may be added). A file that is not that is
 * refused whole ({@link Refused}), saying what is wrong, so nothing is imported from half of it; a line whose cells
 * are wrong is kept, with its problems, for the person to see.
 */
public final class PatientFile {

    /** The largest file taken: about 20,000 patients. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_LINES = 10_000;
    public static final List<String> COLUMNS = List.of("name", "email", "username", "clinician", "language");
    public static final String OPTIONAL_COLUMN = "phone";
    static final String COLUMN_LIST = "name, email, username, clinician, language";

    /** Why a whole file is refused; the message key is {@code import.file.<name>}. */
    public enum Refusal {
        EMPTY, TOO_LARGE, NOT_UTF8, NOT_CSV, COLUMNS, NO_LINES, TOO_MANY_LINES;

        public String messageKey() {
            return "import.file." + name();
        }
    }

    /** A file refused whole: why, and what to say about it (the columns found, the row that broke). */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final Refusal refusal;
        private final transient Object[] arguments;

        Refused(Refusal refusal, Object... arguments) {
            super(refusal.name());
            this.refusal = refusal;
            this.arguments = arguments;
        }

        public Refusal refusal() {
            return refusal;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    private PatientFile() {
    }

    /**
     * The patients of a file, one a line in the file's order; blank lines are left out but still counted as rows.
     *
     * @throws Refused when the file is empty, larger than {@link #MAX_BYTES}, not UTF-8, not CSV, without the columns,
     *                 without a patient, or with more than {@link #MAX_LINES}
     */
    public static List<PatientLine> read(byte[] bytes) throws Refused {
        if (bytes == null || bytes.length == 0) {
            throw new Refused(Refusal.EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused(Refusal.TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
        String text = utf8(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new Refused(Refusal.NOT_UTF8);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        List<PatientLine> lines = new ArrayList<>();
        long row = 0;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                row = record.getRecordNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (columns == null) {
                    columns = columns(record);
                    continue;
                }
                if (lines.size() == MAX_LINES) {
                    throw new Refused(Refusal.TOO_MANY_LINES, MAX_LINES);
                }
                lines.add(new PatientLine((int) row,
                        cell(record, columns, "name"), cell(record, columns, "email"),
                        cell(record, columns, "username"), cell(record, columns, "clinician"),
                        cell(record, columns, "language"), cell(record, columns, OPTIONAL_COLUMN),
                        record.size() == columns.size()));
            }
            if (columns == null) {
                throw new Refused(Refusal.EMPTY);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Refused(Refusal.NOT_CSV, row + 1);
        }
        if (lines.isEmpty()) {
            throw new Refused(Refusal.NO_LINES);
        }
        return lines;
    }

    private static String utf8(byte[] bytes) throws Refused {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Refused(Refusal.NOT_UTF8);
        }
    }

    /** Commas, unless the first line is written with semicolons or tabs and no comma, as spreadsheets may save. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (first.indexOf(',') < 0) {
            if (first.indexOf(';') >= 0) {
                return ';';
            }
            if (first.indexOf('\t') >= 0) {
                return '\t';
            }
        }
        return ',';
    }

    /** Each column's position, by its name in lower case; the file is refused unless they are exactly the columns. */
    private static Map<String, Integer> columns(CSVRecord header) throws Refused {
        Map<String, Integer> columns = new HashMap<>();
        Set<String> found = new LinkedHashSet<>();
        boolean wrong = false;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            found.add(name);
            boolean known = COLUMNS.contains(name) || OPTIONAL_COLUMN.equals(name);
            if (!known || columns.putIfAbsent(name, i) != null) {
                wrong = true;
            }
        }
        if (wrong || !columns.keySet().containsAll(COLUMNS)) {
            throw new Refused(Refusal.COLUMNS, COLUMN_LIST, String.join(", ", found));
        }
        return columns;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer at = columns.get(name);
        if (at == null || at >= record.size()) {
            return null;
        }
        String value = record.get(at).strip();
        return value.isEmpty() ? null : value;
    }
}
