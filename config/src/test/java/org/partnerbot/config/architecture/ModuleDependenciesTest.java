package org.partnerbot.config.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point inward across modules: adapters know the core, never each other or the launcher. */
@AnalyzeClasses(packages = "org.partnerbot", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDependenciesTest {

    @ArchTest
    static final ArchRule slackKnowsNotTeamsNorLauncher = noClasses().that().resideInAPackage("org.partnerbot.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("org.partnerbot.teams..", "org.partnerbot.config..",
                    "com.microsoft.bot..");

    @ArchTest
    static final ArchRule teamsKnowsNotSlackNorLauncher = noClasses().that().resideInAPackage("org.partnerbot.teams..")
            .should().dependOnClassesThat().resideInAnyPackage("org.partnerbot.slack..", "org.partnerbot.config..",
                    "com.slack..");

    @ArchTest
    static final ArchRule adaptersLeaveSqlToTheCore = noClasses().that().resideInAnyPackage("org.partnerbot.slack..",
            "org.partnerbot.teams..").should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.partnerbot.core.jdbc..");
}
