package org.partnerbot.config.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point inward across modules: adapters know the core, never each other or the launcher. */
@AnalyzeClasses(packages = "org.partnerbot",
        importOptions = {ImportOption.DoNotIncludeTests.class, ModuleDependenciesTest.NoTestJars.class})
class ModuleDependenciesTest {

    /** Other modules' test jars (shared fakes) are on this classpath too; the rules are about production code. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

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
            "org.partnerbot.teams..").should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.partnerbot.core.store..");
}
