package clinic.portal.web.admin.imports;

import clinic.portal.domain.importing.ImportLine;
import clinic.portal.ejb.importing.PatientImports;
import clinic.portal.web.CsvFile;
import clinic.portal.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * "Download the report" of an import ({@code /admin/accounts/import-report.xhtml?id=ID}): one line per line of the
 * file, in its order, with what became of it ({@code created}, {@code refused}, or {@code waiting} while it runs) and
 * why a refused one was, in the reader's language; read whole before it is sent, so an unknown import is a 404.
 */
@Named
@RequestScoped
public class ImportReport {

    static final String[] HEADER = {"row", "username", "name", "email", "clinician", "language", "outcome", "problems"};

    @Inject
    private PatientImports imports;

    private Long id;

    public void send() {
        List<ImportLine> lines = imports.report(id);
        Locale locale = Texts.locale();
        Faces.sendFile("patient-import-" + id + "-report.csv", true, out -> write(out, lines, locale));
    }

    static void write(OutputStream out, List<ImportLine> lines, Locale locale) throws IOException {
        try (CsvFile csv = new CsvFile(out, HEADER)) {
            lines.forEach(line -> csv.row(line.getRow(), line.getUsername(), line.getDisplayName(), line.getEmail(),
                    line.getClinicians(), line.getLanguage(), line.getOutcome().name().toLowerCase(Locale.ROOT),
                    line.getProblems().stream().map(p -> Texts.get(locale, p.messageKey()))
                            .collect(Collectors.joining(" "))));
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
