package org.partnerbot.config.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.partnerbot.core.access.ChannelRoster;
import org.partnerbot.core.access.Leaving;
import org.partnerbot.core.access.Presence;
import org.partnerbot.core.access.Visibility;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.command.MatchedCommand;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.partnership.Partnership;

/** Dependencies point inward across modules: adapters know the core's entry points, never each other or the launcher. */
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

    /**
     * What an adapter may use of the core: the bot ({@code bot}), the input it hands it ({@code intake}: Inbound,
     * ConversationKind), the welcome's {@code Joining}, the reply model, the messaging ports (Messenger, stored
     * conversation references), who speaks ({@code Speaker}), a partnership as read (App Home) and the grammar to
     * tell a command from chatter; and of {@code access}, the roster port an adapter implements (with its answers) and
     * the leave notice it hands the bot; and the words port ({@code i18n}: a reader's {@code Texts}, the words a
     * renderer adds to a reply in its reader's language, a browser's language before anyone is known), since every word
     * an adapter says itself comes from the bundles. Never a repository, the outbox, the access rules themselves, or the
     * wiring.
     */
    private static final DescribedPredicate<JavaClass> CORE_ENTRY_POINTS = resideInAnyPackage(
            "org.partnerbot.core.bot", "org.partnerbot.core.intake", "org.partnerbot.core.welcome",
            "org.partnerbot.core.reply", "org.partnerbot.core.messaging", "org.partnerbot.core.i18n")
            .or(type(Speaker.class)).or(type(Partnership.class)).or(type(CommandCatalog.class)).or(type(MatchedCommand.class))
            .or(type(ChannelRoster.class)).or(type(Presence.class)).or(type(Visibility.class)).or(type(Leaving.class))
            .as("the core's entry points");

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

    @ArchTest
    static final ArchRule adaptersUseOnlyTheCoresEntryPoints = noClasses().that()
            .resideInAnyPackage("org.partnerbot.slack..", "org.partnerbot.teams..")
            .should().dependOnClassesThat(resideInAPackage("org.partnerbot.core..").and(DescribedPredicate.not(CORE_ENTRY_POINTS)));

    @ArchTest
    static final ArchRule noPackageCyclesInTheSlackAdapter = slices().matching("org.partnerbot.slack.(**)").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule noPackageCyclesInTheTeamsAdapter = slices().matching("org.partnerbot.teams.(**)").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule noPackageCyclesInTheLauncher = slices().matching("org.partnerbot.config.(**)").should()
            .beFreeOfCycles();
}
