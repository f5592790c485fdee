package org.countryofficeportal.content;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.platform.GracefulStop;
import org.countryofficeportal.release.ReleaseService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means the database answers and holds content, and the portal is not stopping: a load balancer sends no
 * reader to an instance that would show an empty site or refuse the request.
 */
@Readiness
@ApplicationScoped
public class ContentReadinessCheck implements HealthCheck {

    @EJB
    private OfficeService officeService;

    @EJB
    private ReleaseService releaseService;

    @Override
    public HealthCheckResponse call() {
        if (GracefulStop.ofThisProcess().isStopping()) {
            return HealthCheckResponse.named("content").down().withData("stopping", true).build();
        }
        try {
            long offices = officeService.count();
            return HealthCheckResponse.named("content")
                    .status(offices > 0)
                    .withData("offices", offices)
                    .withData("publicReleases", releaseService.countPublic())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("content").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
