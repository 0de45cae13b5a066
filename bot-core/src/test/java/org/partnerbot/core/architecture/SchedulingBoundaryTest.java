package org.partnerbot.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Quartz stays behind the reminders' timer port: only the Quartz package knows it, so the schedule and the
 * reminder rules can be tested with a hand-moved clock and the scheduler could be swapped.
 */
@AnalyzeClasses(packages = "org.partnerbot.core", importOptions = ImportOption.DoNotIncludeTests.class)
class SchedulingBoundaryTest {

    @ArchTest
    static final ArchRule onlyTheQuartzPackageKnowsQuartz = noClasses()
            .that().resideOutsideOfPackage("org.partnerbot.core.reminders.quartz..")
            .should().dependOnClassesThat().resideInAPackage("org.quartz..");

    @ArchTest
    static final ArchRule scheduleAndRemindersKnowNoJdbcNorQuartz = noClasses()
            .that().resideInAnyPackage("org.partnerbot.core.schedule..", "org.partnerbot.core.reminders")
            .should().dependOnClassesThat().resideInAnyPackage("org.quartz..", "java.sql..", "javax.sql..",
                    "org.partnerbot.core.reminders.quartz..", "org.partnerbot.core.store..", "org.partnerbot.core.wiring..");
}
