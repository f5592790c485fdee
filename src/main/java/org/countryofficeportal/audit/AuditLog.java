package org.countryofficeportal.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.countryofficeportal.account.Role;
import org.countryofficeportal.platform.LikePatterns;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The record of every write in the back office. An entry joins the transaction of the write it describes:
 * both are kept, or neither.
 */
@Stateless
public class AuditLog {

    public static final int PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** Records a write by the signed-in staff member. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String subjectType, String subjectId, String detail) {
        recordBy(session.getCallerPrincipal().getName(), action, subjectType, subjectId, detail);
    }

    /** Records a write the portal made on its own (first start, scheduled work). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordBy(String actor, String action, String subjectType, String subjectId, String detail) {
        em.persist(new AuditEntry(actor, action, subjectType, subjectId, detail));
    }

    /** The latest entries that match every filter given, latest first. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<AuditEntry> search(Optional<String> actor, Optional<String> action, Optional<String> subject,
                                   Optional<LocalDate> from, Optional<LocalDate> to) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE 1 = 1");
        actor.ifPresent(a -> jpql.append(" AND e.actor = :actor"));
        action.ifPresent(a -> jpql.append(" AND e.action LIKE :action"));
        subject.ifPresent(s -> jpql.append(" AND LOWER(e.subjectId) LIKE :subject").append(LikePatterns.ESCAPE));
        from.ifPresent(f -> jpql.append(" AND e.happenedAt >= :from"));
        to.ifPresent(t -> jpql.append(" AND e.happenedAt < :to"));
        TypedQuery<AuditEntry> query = em.createQuery(jpql.append(" ORDER BY e.happenedAt DESC, e.id DESC").toString(), AuditEntry.class);
        actor.ifPresent(a -> query.setParameter("actor", a));
        action.ifPresent(a -> query.setParameter("action", a + "%"));
        subject.ifPresent(s -> query.setParameter("subject", LikePatterns.containing(s)));
        from.ifPresent(f -> query.setParameter("from", f.atStartOfDay().atOffset(ZoneOffset.UTC)));
        to.ifPresent(t -> query.setParameter("to", t.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        return query.setMaxResults(PAGE_SIZE).getResultList();
    }
}
