package org.countryofficeportal.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Serialises the writes that only an installation without content or accounts takes (the import into an empty
 * instance, the first administrator). Instances that start together on one new database each find it empty, and
 * without this lock each would write the same first content: all but one would fail part-way, on whichever item or
 * key the winner had taken first. Holding the lock, each checks and writes in turn, and every one after the first
 * finds the work done.
 */
@Stateless
public class FirstStartLock {

    @PersistenceContext
    private EntityManager em;

    /** Locks the row of db/migration V12 until the caller's transaction ends; waits while another holds it. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdUntilCommit() {
        em.createNativeQuery("SELECT id FROM first_start_lock WHERE id = 1 FOR UPDATE").getResultList();
    }
}
