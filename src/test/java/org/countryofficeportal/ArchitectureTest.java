package org.countryofficeportal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The structure the README describes, kept by the build: features import no feature that consumes them (no cycles),
 * the shared layers know no feature, a feature's core knows none of its channels, only services and their
 * interceptor use the EntityManager, and entities have no setters.
 */
class ArchitectureTest {

    private static final String[] FEATURES = {"..account..", "..audit..", "..contact..", "..content..", "..image..",
            "..media..", "..office..", "..portal..", "..reader..", "..release.."};

    private static JavaClasses portal;

    @BeforeAll
    static void importPortal() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.countryofficeportal");
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("org.countryofficeportal.(*)..").should().beFreeOfCycles().check(portal);
    }

    @Test
    void theSharedLayersKnowNoFeature() {
        noClasses().that().resideInAnyPackage("org.countryofficeportal.platform..", "org.countryofficeportal.api..",
                        "org.countryofficeportal.site..", "org.countryofficeportal.staff..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES).check(portal);
        noClasses().that().resideInAPackage("org.countryofficeportal.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.countryofficeportal.api..",
                        "org.countryofficeportal.site..", "org.countryofficeportal.staff..").check(portal);
    }

    @Test
    void aFeaturesCoreKnowsNoneOfItsChannels() {
        for (String feature : new String[] {"contact", "media", "office", "release"}) {
            noClasses().that().resideInAPackage("org.countryofficeportal." + feature)
                    .should().dependOnClassesThat().resideInAnyPackage("org.countryofficeportal." + feature + ".api..",
                            "org.countryofficeportal." + feature + ".site..", "org.countryofficeportal." + feature + ".staff..")
                    .check(portal);
        }
    }

    @Test
    void onlyServicesTouchTheEntityManager() {
        noClasses().that().areTopLevelClasses().and().areNotAnnotatedWith(Stateless.class).and().areNotAnnotatedWith(Singleton.class)
                .and().areNotAnnotatedWith(Interceptor.class)
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class).check(portal);
    }

    @Test
    void entitiesHaveNoSetters() {
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(Embeddable.class)
                .should().haveNameMatching("set[A-Z].*").check(portal);
    }
}
