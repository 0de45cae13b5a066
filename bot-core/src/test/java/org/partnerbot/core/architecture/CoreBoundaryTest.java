package org.partnerbot.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point inward: the core knows no chat platform, and its domain and use cases know neither
 * the scheduler library nor JDBC — those live only in the infrastructure packages.
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
}
