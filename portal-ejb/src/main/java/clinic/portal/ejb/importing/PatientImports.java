package clinic.portal.ejb.importing;

import clinic.portal.domain.importing.ImportLine;
import clinic.portal.domain.importing.PatientFile;
import clinic.portal.domain.importing.PatientImport;
import clinic.portal.domain.importing.PatientLine;
import clinic.portal.ejb.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static clinic.portal.domain.account.Role.Names.ADMIN;

/**
 * Administrators import patients from a CSV file ({@link PatientFile}: name, email, username, clinician, language).
 * The file is first {@linkplain #check checked}, writing nothing; {@linkplain #start started}, it is checked again,
 * every line is kept with what becomes of it, and the importable lines become patients in the background, each
 * invited by email to choose their password. Progress and the report are read from the database.
 */
@Stateless
@RolesAllowed(ADMIN)
public class PatientImports {

    /** How many earlier imports the page lists. */
    public static final int RECENT = 10;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ImportWork work;

    /**
     * Every line of the file with its problems; nothing is written.
     *
     * @throws ImportFileException when the file is refused whole (empty, too large, not UTF-8, not CSV, wrong columns)
     */
    public ImportPreview check(byte[] file) {
        return new ImportPreview(work.check(read(file)));
    }

    /**
     * Opens the import of a file (checked again: nothing the page held is trusted) and imports its importable lines
     * in the background; the import's id, to follow its progress.
     *
     * @throws ImportFileException when the file is refused whole
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(String fileName, @NotNull byte[] file) {
        long id = work.open(fileName, read(file));
        work.run(id);
        return id;
    }

    /** The username of an enabled clinician, for the page's example line ("clinician" when there is none yet). */
    public String exampleClinician() {
        return em.createQuery("SELECT a.username FROM Account a WHERE a.role = :role AND a.enabled = TRUE"
                        + " ORDER BY a.username", String.class)
                .setParameter("role", clinic.portal.domain.account.Role.CLINICIAN)
                .setMaxResults(1).getResultStream().findFirst().orElse("clinician");
    }

    /** How far an import has come. */
    public ImportProgress progress(long id) {
        PatientImport patientImport = em.find(PatientImport.class, id);
        if (patientImport == null) {
            throw new NotFoundException("import", id);
        }
        return progressOf(List.of(patientImport)).get(0);
    }

    /** The latest imports, newest first, with their progress: two queries. */
    public List<ImportProgress> recent() {
        return progressOf(em.createQuery("SELECT i FROM PatientImport i JOIN FETCH i.startedBy"
                        + " ORDER BY i.startedAt DESC, i.id DESC", PatientImport.class)
                .setMaxResults(RECENT).getResultList());
    }

    /** Every line of an import with what became of it, in the file's order, for its report. */
    public List<ImportLine> report(long id) {
        if (em.find(PatientImport.class, id) == null) {
            throw new NotFoundException("import", id);
        }
        return em.createNamedQuery(ImportLine.ALL_OF, ImportLine.class).setParameter("import", id).getResultList();
    }

    private List<ImportProgress> progressOf(List<PatientImport> imports) {
        Map<Long, Map<ImportLine.Outcome, Long>> counts = new HashMap<>();
        if (!imports.isEmpty()) {
            for (Object[] row : em.createNamedQuery(ImportLine.COUNTS_OF, Object[].class)
                    .setParameter("imports", imports.stream().map(PatientImport::getId).toList()).getResultList()) {
                counts.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((ImportLine.Outcome) row[1], ((Number) row[2]).longValue());
            }
        }
        return imports.stream().map(i -> {
            Map<ImportLine.Outcome, Long> of = counts.getOrDefault(i.getId(), Map.of());
            return new ImportProgress(i.getId(), i.getFileName(), i.getStartedAt(), i.getStartedBy().getDisplayName(),
                    i.getLineCount(), of.getOrDefault(ImportLine.Outcome.CREATED, 0L),
                    of.getOrDefault(ImportLine.Outcome.REFUSED, 0L), i.isFinished());
        }).toList();
    }

    private static List<PatientLine> read(byte[] file) {
        try {
            return PatientFile.read(file);
        } catch (PatientFile.Refused refused) {
            throw new ImportFileException(refused);
        }
    }
}
