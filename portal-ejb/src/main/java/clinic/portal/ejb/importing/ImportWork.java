package clinic.portal.ejb.importing;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Profile;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.importing.ImportLine;
import clinic.portal.domain.importing.ImportProblem;
import clinic.portal.domain.importing.PatientImport;
import clinic.portal.domain.importing.PatientLine;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.account.AccountRuleException;
import clinic.portal.ejb.account.AccountService;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static clinic.portal.domain.account.Role.Names.ADMIN;

/**
 * The work behind {@link PatientImports}, in the transactions it needs: checking lines against the rules and the
 * accounts there are, opening an import with every line of its file, and importing the waiting lines one
 * transaction each in the background, so that a line refused when its turn comes (its username taken since) leaves
 * the others, and progress is visible to every node as it goes. Not a use case of its own: pages call
 * {@link PatientImports}.
 */
@Stateless
@RolesAllowed(ADMIN)
public class ImportWork {

    private static final Logger LOG = Logger.getLogger(ImportWork.class.getName());

    /** Usernames asked for in one query: well under any database's limit of parameters. */
    private static final int IN_CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Validator validator;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private ClinicCalendar calendar;

    /**
     * Every line with all its problems: its own (missing cells, unknown language), the account rules on its name,
     * email, phone and username, a username written twice in the file or taken by an account, and clinicians who
     * are not enabled clinicians. Four queries at most per 500 distinct usernames, whatever the number of lines.
     */
    public List<CheckedLine> check(List<PatientLine> lines) {
        Map<String, Long> repeated = lines.stream().map(PatientLine::accountUsername).filter(u -> u != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Set<String> taken = existing(lines.stream().map(PatientLine::accountUsername), false);
        Set<String> clinicians = existing(lines.stream().flatMap(l -> l.clinicianUsernames().stream()), true);
        List<CheckedLine> checked = new ArrayList<>(lines.size());
        for (PatientLine line : lines) {
            Set<ImportProblem> problems = rules(line);
            String username = line.accountUsername();
            if (username != null && repeated.getOrDefault(username, 0L) > 1) {
                problems.add(ImportProblem.USERNAME_REPEATED);
            }
            if (username != null && taken.contains(username)) {
                problems.add(ImportProblem.USERNAME_TAKEN);
            }
            if (!clinicians.containsAll(line.clinicianUsernames())) {
                problems.add(ImportProblem.CLINICIAN_UNKNOWN);
            }
            checked.add(new CheckedLine(line, problems));
        }
        return checked;
    }

    private Set<ImportProblem> rules(PatientLine line) {
        Set<ImportProblem> problems = EnumSet.noneOf(ImportProblem.class);
        problems.addAll(line.ownProblems());
        for (ConstraintViolation<Profile> violation : validator.validate(
                new Profile(line.name(), line.email(), line.phone()))) {
            switch (violation.getPropertyPath().toString()) {
                case "displayName" -> problems.add(line.name() == null ? ImportProblem.NAME_MISSING
                        : ImportProblem.NAME_INVALID);
                case "email" -> problems.add(line.email() == null ? ImportProblem.EMAIL_MISSING
                        : ImportProblem.EMAIL_INVALID);
                default -> problems.add(ImportProblem.PHONE_INVALID);
            }
        }
        if (line.username() != null && !validator.validateValue(Account.class, "username", line.username()).isEmpty()) {
            problems.add(ImportProblem.USERNAME_INVALID);
        }
        return problems;
    }

    /** Which of these usernames have an account (of an enabled clinician, when {@code clinicians}). */
    private Set<String> existing(java.util.stream.Stream<String> usernames, boolean clinicians) {
        List<String> distinct = usernames.filter(u -> u != null).distinct().toList();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + IN_CHUNK));
            found.addAll(clinicians ? clinicians(chunk).stream().map(Account::getUsername).toList()
                    : em.createQuery("SELECT a.username FROM Account a WHERE a.username IN :names", String.class)
                    .setParameter("names", chunk)
                    .getResultList());
        }
        return found;
    }

    /** The enabled clinicians of these usernames. */
    private List<Account> clinicians(List<String> usernames) {
        return usernames.isEmpty() ? List.of() : em.createQuery("SELECT a FROM Account a WHERE a.username IN :names"
                        + " AND a.role = :role AND a.enabled = TRUE", Account.class)
                .setParameter("names", usernames)
                .setParameter("role", Role.CLINICIAN)
                .getResultList();
    }

    /**
     * Writes the import and every line of its file, the importable ones waiting and the others refused with their
     * problems, checked again here (nothing the page held is trusted), in a transaction of its own so that the
     * background work that follows finds it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(String fileName, List<PatientLine> lines) {
        List<CheckedLine> checked = check(lines);
        PatientImport patientImport = new PatientImport(fileName, lines.size(), accounts.getCurrentAccount(),
                calendar.now());
        em.persist(patientImport);
        long waiting = 0;
        for (CheckedLine line : checked) {
            em.persist(new ImportLine(patientImport, line.line(), line.problems()));
            waiting += line.importable() ? 1 : 0;
        }
        audit.record(AuditAction.PATIENTS_IMPORTED, null, patientImport.getFileName() + ": " + lines.size()
                + " lines, " + waiting + " to import, " + (lines.size() - waiting) + " refused");
        LOG.info(() -> "Patient import " + patientImport.getId() + " of " + lines.size() + " lines started by "
                + context.getCallerPrincipal().getName());
        return patientImport.getId();
    }

    /**
     * Imports every waiting line, one transaction each, then marks the import finished. Runs in the background with
     * the administrator's identity (an asynchronous call keeps the caller), so each account created is theirs in the
     * audit trail.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long importId) {
        ImportWork self = context.getBusinessObject(ImportWork.class);
        for (Long lineId : self.waiting(importId)) {
            try {
                self.importLine(lineId);
            } catch (AccountRuleException e) {
                self.refuseLine(lineId, e.violation() == AccountRuleException.Violation.DUPLICATE_USERNAME
                        ? ImportProblem.USERNAME_TAKEN : ImportProblem.CLINICIAN_UNKNOWN);
            } catch (RuleViolation | EJBException e) {
                LOG.log(Level.WARNING, "Line " + lineId + " of patient import " + importId + " was not written", e);
                self.refuseLine(lineId, ImportProblem.NOT_WRITTEN);
            }
        }
        self.finish(importId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> waiting(long importId) {
        return em.createNamedQuery(ImportLine.WAITING_OF, Long.class).setParameter("import", importId).getResultList();
    }

    /**
     * One line becomes a patient invited by email, unless its username was taken or a clinician disabled since the
     * file was checked (then it is refused with that problem). The line is locked, so that it is imported once even
     * if two runs meet.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void importLine(long lineId) {
        ImportLine line = em.find(ImportLine.class, lineId, LockModeType.PESSIMISTIC_WRITE);
        if (line == null || !line.isWaiting()) {
            return;
        }
        PatientLine written = line.asWritten();
        List<Long> clinicianIds = clinicians(written.clinicianUsernames()).stream().map(Account::getId).toList();
        if (clinicianIds.size() != written.clinicianUsernames().size()) {
            line.refused(EnumSet.of(ImportProblem.CLINICIAN_UNKNOWN));
            return;
        }
        Account patient = new Account(written.username(), written.name(), written.email(), Role.PATIENT);
        patient.setPhone(written.phone());
        written.chosenLanguage().ifPresent(patient::speak);
        accounts.inviteImported(patient, clinicianIds);
        line.created(patient);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refuseLine(long lineId, ImportProblem problem) {
        ImportLine line = em.find(ImportLine.class, lineId, LockModeType.PESSIMISTIC_WRITE);
        if (line != null && line.isWaiting()) {
            line.refused(EnumSet.of(problem));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long importId) {
        PatientImport patientImport = em.find(PatientImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (patientImport.finish(calendar.now())) {
            LOG.info(() -> "Patient import " + importId + " finished");
        }
    }
}
