package org.countryofficeportal.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.countryofficeportal.platform.Command;
import org.countryofficeportal.platform.CommandExecuted;
import org.countryofficeportal.platform.LikePatterns;
import org.countryofficeportal.platform.Role;

import java.time.Clock;
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

    public static final int PAGE_SIZE = 50;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    /** Records every change done (platform.CommandHandling announces each one), by whoever asked for it. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed(@Observes CommandExecuted executed) {
        recordBy(session.getCallerPrincipal().getName(), executed.change());
    }

    /** Records a change made on someone's behalf, or by the portal itself (a sign-in, the first start). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordBy(String actor, Command.Audited change) {
        em.persist(new AuditEntry(clock.instant(), actor, change));
    }

    /** What the administrators' list of entries asks for: each filter optional. */
    public record Filter(Optional<String> actor, Optional<String> kind, Optional<String> item, Optional<LocalDate> from,
                         Optional<LocalDate> to) {
    }

    /** A page of entries, latest first, and how many match in all. */
    public record Page(List<AuditEntry> entries, long total, int number) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasNext() {
            return number < pages();
        }

        public boolean hasPrevious() {
            return number > 1;
        }
    }

    /** The entries that match every filter given, latest first, a page at a time. */
    @RolesAllowed(Role.Names.ADMIN)
    public Page search(Filter filter, int page) {
        StringBuilder where = new StringBuilder(" FROM AuditEntry e WHERE 1 = 1");
        filter.actor().ifPresent(a -> where.append(" AND e.actor = :actor"));
        filter.kind().ifPresent(k -> where.append(" AND e.subjectType = :kind"));
        filter.item().ifPresent(s -> where.append(" AND (LOWER(e.subjectId) LIKE :item").append(LikePatterns.ESCAPE)
                .append(" OR LOWER(e.subjectLabel) LIKE :item").append(LikePatterns.ESCAPE).append(")"));
        filter.from().ifPresent(f -> where.append(" AND e.happenedAt >= :from"));
        filter.to().ifPresent(t -> where.append(" AND e.happenedAt < :to"));
        TypedQuery<AuditEntry> rows = filtered(em.createQuery("SELECT e" + where + " ORDER BY e.happenedAt DESC, e.id DESC",
                AuditEntry.class), filter);
        TypedQuery<Long> count = filtered(em.createQuery("SELECT COUNT(e)" + where, Long.class), filter);
        int number = Math.max(1, page);
        return new Page(rows.setFirstResult((number - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList(),
                count.getSingleResult(), number);
    }

    /** Everyone who made a change, for the list's filter. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<String> actors() {
        return em.createQuery("SELECT DISTINCT e.actor FROM AuditEntry e ORDER BY e.actor", String.class).getResultList();
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, Filter filter) {
        filter.actor().ifPresent(a -> query.setParameter("actor", a));
        filter.kind().ifPresent(k -> query.setParameter("kind", k));
        filter.item().ifPresent(s -> query.setParameter("item", LikePatterns.containing(s)));
        filter.from().ifPresent(f -> query.setParameter("from", f.atStartOfDay().atOffset(ZoneOffset.UTC)));
        filter.to().ifPresent(t -> query.setParameter("to", t.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        return query;
    }
}
