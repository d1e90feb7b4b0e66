package clinic.portal.ejb.importing;

import java.io.Serializable;
import java.util.List;

/** A patient file as checked before anything is written: every line with its problems. */
public record ImportPreview(List<CheckedLine> lines) implements Serializable {

    public ImportPreview {
        lines = List.copyOf(lines);
    }

    public long importable() {
        return lines.stream().filter(CheckedLine::importable).count();
    }

    /** The lines that will be refused, in the file's order. */
    public List<CheckedLine> refused() {
        return lines.stream().filter(line -> !line.importable()).toList();
    }
}
