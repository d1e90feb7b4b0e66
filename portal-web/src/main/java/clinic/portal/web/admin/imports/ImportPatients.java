package clinic.portal.web.admin.imports;

import clinic.portal.domain.importing.PatientFile;
import clinic.portal.ejb.importing.ImportPreview;
import clinic.portal.ejb.importing.ImportProgress;
import clinic.portal.ejb.importing.PatientImports;
import clinic.portal.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /admin/accounts/import.xhtml}: an administrator chooses a CSV file of patients and checks it (every
 * line's problems shown, nothing written), then imports it; the page then follows the import ({@code ?id=}) until
 * every line is done, and offers its report. The checked file stays with the view until it is imported, and the
 * service checks it again then.
 */
@Named
@ViewScoped
public class ImportPatients implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientImports imports;

    private Long id;
    private transient Part upload;
    private byte[] file;
    private String fileName;
    private ImportPreview preview;
    private ImportProgress progress;
    private List<ImportProgress> recent;

    /** With {@code ?id=}, the import to follow (another's is not found: a 404). */
    public void load() {
        if (id != null) {
            progress = imports.progress(id);
        }
    }

    /**
     * Checks the chosen file (read up to one byte past the limit, so that a larger one is refused with its message
     * without being read whole).
     */
    public void check() throws IOException {
        byte[] bytes;
        try (InputStream in = upload.getInputStream()) {
            bytes = in.readNBytes(PatientFile.MAX_BYTES + 1);
        }
        preview = null;
        file = null;
        preview = imports.check(bytes);
        file = bytes;
        fileName = upload.getSubmittedFileName();
    }

    public void start() throws IOException {
        long started = imports.start(fileName, file);
        Faces.redirect(Faces.getRequestContextPath() + "/admin/accounts/import.xhtml?id=" + started);
    }

    /** The poll while the import runs. */
    public void refresh() {
        progress = imports.progress(id);
    }

    public List<ImportProgress> getRecent() {
        if (recent == null) {
            recent = imports.recent();
        }
        return recent;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    /** "Import 497 patients". */
    public String getStartLabel() {
        return Texts.get("import.start", preview.importable());
    }

    /** A clinician's username for the example line: the administrator's own clinic's, so it can be copied. */
    public String getExampleClinician() {
        return imports.exampleClinician();
    }

    public int getMaxMegabytes() {
        return PatientFile.MAX_BYTES / (1024 * 1024);
    }

    public int getMaxLines() {
        return PatientFile.MAX_LINES;
    }
}
