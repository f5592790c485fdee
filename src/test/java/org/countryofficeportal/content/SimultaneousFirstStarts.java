package org.countryofficeportal.content;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.countryofficeportal.PortalReset;
import org.countryofficeportal.account.AccountService;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

/**
 * Instances that start together on one new database, as a cluster's first start does: each instance is a thread of
 * the test deployment, and they take each of the first start's writes at the same moment.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SimultaneousFirstStarts {

    /** What an instance's write returned when it returned nothing. */
    static final String NOTHING = "nothing";

    @EJB
    private PortalReset reset;

    @EJB
    private SeedImport seed;

    @EJB
    private AccountService accounts;

    @Resource
    private ManagedExecutorService threads;

    /** Empties the database, then imports the seed on every instance at once: what each import returned or threw. */
    public List<String> importSeedIntoNewDatabase(int instances) {
        reset.toFirstStart();
        return atOnce(instances, () -> seed.importShippedSeed().toString());
    }

    /** Creates the first administrator on every instance at once: the password each returned, or what it threw. */
    public List<String> createFirstAdministrator(int instances, String password) {
        return atOnce(instances, () -> accounts.createFirstAdministrator(Optional.of(password)).orElse(NOTHING));
    }

    private List<String> atOnce(int instances, Callable<String> write) {
        CyclicBarrier together = new CyclicBarrier(instances);
        List<Future<String>> outcomes = IntStream.range(0, instances).mapToObj(instance -> threads.submit(() -> {
            together.await();
            try {
                return write.call();
            } catch (RuntimeException e) {
                return e.getClass().getSimpleName();
            }
        })).toList();
        return outcomes.stream().map(SimultaneousFirstStarts::within2Minutes).toList();
    }

    private static String within2Minutes(Future<String> outcome) {
        try {
            return outcome.get(2, TimeUnit.MINUTES);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("an instance's write did not end", e);
        }
    }
}
