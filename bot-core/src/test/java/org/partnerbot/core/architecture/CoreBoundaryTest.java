package org.partnerbot.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point inward: the core knows no chat platform, and its domain and use cases know neither
 * the scheduler library nor JDBC — those live only in the infrastructure packages. Every package is its own room:
 * no two depend on each other in a cycle, and one capability's storage is nobody else's business.
 */
@AnalyzeClasses(packages = "org.partnerbot.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreBoundaryTest {

    private static final String[] INFRASTRUCTURE = {"..core.store..", "..core.wiring..", "..core.reminders.quartz.."};

    @ArchTest
    static final ArchRule coreKnowsNoChatPlatform = noClasses().that().resideInAPackage("org.partnerbot.core..")
            .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "com.microsoft.bot..", "org.partnerbot.slack..",
                    "org.partnerbot.teams..", "org.partnerbot.config..");

    @ArchTest
    static final ArchRule domainAndUseCasesKnowNoInfrastructure = noClasses()
            .that().resideInAPackage("org.partnerbot.core..").and().resideOutsideOfPackages(INFRASTRUCTURE)
            .should().dependOnClassesThat().resideInAnyPackage("org.quartz..", "java.sql..", "javax.sql..",
                    "com.zaxxer..", "org.flywaydb..", "org.h2..", "org.postgresql..");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoInfrastructure = noClasses()
            .that().resideInAPackage("org.partnerbot.core..").and().resideOutsideOfPackages(INFRASTRUCTURE)
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE);

    /** Each package a slice of its own (a sub-package too): {@code command} ↔ {@code partnership} was one such cycle. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.partnerbot.core.(**)").should().beFreeOfCycles();

    /**
     * One capability's repositories never use another's; all share the plumbing in {@code store} and the
     * partnership's row mapping (every capability joins members). Only {@code wiring} builds them.
     */
    @ArchTest
    static final ArchRule capabilitiesDoNotShareStorage = slices().matching("org.partnerbot.core.store.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("org.partnerbot.core.store.partnership"));

    @ArchTest
    static final ArchRule onlyTheWiringBuildsStorage = noClasses()
            .that().resideOutsideOfPackages("org.partnerbot.core.store..", "org.partnerbot.core.wiring..")
            .should().dependOnClassesThat().resideInAPackage("org.partnerbot.core.store..");
}
