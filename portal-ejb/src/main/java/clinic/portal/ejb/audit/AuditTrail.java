package clinic.portal.ejb.audit;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.audit.AuditEvent;
import clinic.portal.domain.time.DayRange;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static clinic.portal.domain.account.Role.Names.ADMIN;

/**
 * The audit trail. Lines are written only inside the transaction of the change they record (MANDATORY), so a change
 * that rolls back leaves no line, and no line exists without its change. Administrators read it, newest first.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private ClinicCalendar calendar;

    /** Records what the signed-in caller did to an account (or to nothing in particular, when null). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(@NotNull AuditAction action, Account subject, String detail) {
        em.persist(AuditEvent.of(calendar.now(), context.getCallerPrincipal().getName(), action, subject, detail));
    }

    /** Records what someone who is not signed in yet did to their own account: a sign-in. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordSignIn(@NotNull AuditAction action, @NotNull Account account, String detail) {
        em.persist(AuditEvent.of(calendar.now(), account.getUsername(), action, account, detail));
    }

    /** Records a sign-in attempt with a username that belongs to no account, as it was typed. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAttempt(@NotNull AuditAction action, @NotNull String username, String detail) {
        em.persist(AuditEvent.attempt(calendar.now(), action, username, detail));
    }

    /** Records what the portal did on its own, such as creating the first administrator from its configuration. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordByPortal(@NotNull AuditAction action, Account subject, String detail) {
        em.persist(AuditEvent.of(calendar.now(), null, action, subject, detail));
    }

    /** A page of the trail, newest first. */
    @RolesAllowed(ADMIN)
    public List<AuditEvent> search(@NotNull AuditQuery query, @Min(0) int first, @Min(1) @Max(200) int max) {
        return query(query, "SELECT e", " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed(ADMIN)
    public long count(@NotNull AuditQuery query) {
        return query(query, "SELECT COUNT(e)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(AuditQuery query, String select, String orderBy, Class<T> type) {
        DayRange.problem(query.from(), query.to()).ifPresent(key -> {
            throw new RuleViolation(key, "to", DayRange.MAX_DAYS);
        });
        StringBuilder jpql = new StringBuilder(select).append(" FROM AuditEvent e WHERE e.id IS NOT NULL");
        List<Consumer<TypedQuery<T>>> parameters = new ArrayList<>();
        String username = query.username() == null || query.username().isBlank() ? null
                : query.username().strip().toLowerCase(Locale.ROOT);
        if (username != null) {
            jpql.append(" AND (e.actor = :username OR e.subject = :username)");
            parameters.add(q -> q.setParameter("username", username));
        }
        if (query.action() != null) {
            jpql.append(" AND e.action = :action");
            parameters.add(q -> q.setParameter("action", query.action()));
        }
        if (query.from() != null) {
            jpql.append(" AND e.occurredAt >= :from");
            parameters.add(q -> q.setParameter("from", calendar.startOf(query.from())));
        }
        if (query.to() != null) {
            jpql.append(" AND e.occurredAt < :to");
            parameters.add(q -> q.setParameter("to", calendar.startOf(query.to().plusDays(1))));
        }
        TypedQuery<T> typed = em.createQuery(jpql.append(orderBy).toString(), type);
        parameters.forEach(p -> p.accept(typed));
        return typed;
    }
}
