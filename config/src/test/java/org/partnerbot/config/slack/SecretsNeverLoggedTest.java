package org.partnerbot.config.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.config.Application;
import org.partnerbot.config.Settings;
import org.partnerbot.config.SettingsException;
import org.partnerbot.core.bot.PartnerBot;
import org.slf4j.LoggerFactory;

/**
 * The running app, logging through the production {@code logback.xml}, is driven with real secrets set: commands,
 * a mention, a forged request, a 429, and start-ups that fail. No captured log event (message, arguments, stack
 * traces, logging context) contains a secret or what anyone typed; each INFO line about a command names the
 * workspace and partnership.
 */
class SecretsNeverLoggedTest {

    private static final String BOT_TOKEN = "xoxb-SECRETbot-4f1a9c27";
    private static final String SIGNING_SECRET = "SECRETsigning-77c0e2d1";
    private static final String APP_TOKEN = "xapp-SECRETapp-5e2b8a10";
    private static final String DB_PASSWORD = "SECRETdbpw-9d31f0aa";
    private static final List<String> SECRETS = List.of(BOT_TOKEN, SIGNING_SECRET, APP_TOKEN, DB_PASSWORD,
            "SECRETbot", "SECRETsigning", "SECRETapp", "SECRETdbpw");
    /** What people typed: it may be about a family or a child, so it stays out of the logs. */
    private static final List<String> SAID = List.of("Hartley Grove", "Referral for the Okafor twins",
            "Forged by mallory", "not a command at all xyzzy");

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private LoggerContext logging;

    @BeforeEach
    void productionLoggingCaptured() throws JoranException {
        logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        configure(getClass().getClassLoader().getResource("logback.xml"));
        captured.setContext(logging);
        captured.start();
        logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(captured);
    }

    @AfterEach
    void testLoggingBack() throws JoranException {
        logging.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(captured);
        configure(getClass().getClassLoader().getResource("logback-test.xml"));
    }

    private void configure(URL config) throws JoranException {
        assertThat(config).as("logback configuration on the classpath").isNotNull();
        logging.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(logging);
        configurator.doConfigure(config);
    }

    private Settings settings(SlackStub slack, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of(
                "PARTNERBOT_DB_URL", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "PARTNERBOT_DB_PASSWORD", DB_PASSWORD, "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0", "SLACK_BOT_TOKEN", BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SIGNING_SECRET, "SLACK_API_URL", slack.apiUrl()));
        values.putAll(extra);
        return new Settings(values);
    }

    @Test
    void noSecretAndNothingAnyoneTypedReachesTheLogsAndCommandLinesNameWorkspaceAndPartnership() throws Exception {
        try (SlackStub slack = new SlackStub(SIGNING_SECRET)) {
            try (Application app = Application.start(settings(slack, Map.of()), false, new PrintStream(new ByteArrayOutputStream()))) {
                slack.deliver(app, slack.slashCommand("USAM", "setup " + SAID.get(0)));
                SlackStub.settle(app);
                slack.failNext("chat.postMessage", 429, "0", "{\"ok\":false,\"error\":\"ratelimited\"}");
                slack.deliver(app, slack.mention("UDAN", "agenda add " + SAID.get(1), "Ev0SECRETS1"));
                SlackStub.settle(app);
                assertThat(slack.deliver(app, slack.slashCommand("UMALLORY", "agenda add " + SAID.get(2)), "not-the-secret")
                        .statusCode()).as("forged").isEqualTo(401);
                slack.deliver(app, slack.slashCommand("UDAN", SAID.get(3)));
                slack.failNext("response", 500, null, "boom");
                slack.deliver(app, slack.slashCommand("UDAN", "agenda"));
                SlackStub.settle(app);
                assertThat(slack.postsMentioning(SAID.get(1))).as("the bot did hear it").isPositive();
            }

            // Start-ups that fail name the variable, not its value.
            assertThatThrownBy(() -> Application.start(settings(slack, Map.of("SLACK_APP_TOKEN", "xoxp-" + APP_TOKEN)),
                    false, new PrintStream(new ByteArrayOutputStream())))
                    .isInstanceOf(SettingsException.class).hasMessageContaining("SLACK_APP_TOKEN")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(APP_TOKEN, "SECRETapp"));
            assertThatThrownBy(() -> Application.start(settings(slack, Map.of("SLACK_APP_TOKEN", APP_TOKEN)),
                    false, new PrintStream(new ByteArrayOutputStream())))
                    .as("Slack refuses the app token").isInstanceOf(RuntimeException.class)
                    .satisfies(e -> assertThat(everything(e)).doesNotContain(APP_TOKEN, "SECRETapp", BOT_TOKEN));
            assertThatThrownBy(() -> Application.start(settings(slack, Map.of("SLACK_BOT_TOKEN", "xoxp-" + BOT_TOKEN)),
                    false, new PrintStream(new ByteArrayOutputStream())))
                    .isInstanceOf(SettingsException.class).hasMessageContaining("SLACK_BOT_TOKEN")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRETbot"));
        }

        List<String> lines = new ArrayList<>();
        PatternLayoutEncoder encoder = (PatternLayoutEncoder) ((ConsoleAppender<ILoggingEvent>) logging
                .getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).getEncoder();
        for (ILoggingEvent event : captured.list) {
            lines.add(encoder.getLayout().doLayout(event) + event.getMDCPropertyMap() + everything(event.getThrowableProxy()));
        }
        String all = String.join("", lines);
        assertThat(lines).as("something was logged").isNotEmpty();
        for (String secret : SECRETS) {
            assertThat(all).as("logs contain the secret " + secret).doesNotContain(secret);
        }
        for (String said : SAID) {
            assertThat(all).as("logs contain what someone typed").doesNotContain(said);
        }

        List<ILoggingEvent> commands = captured.list.stream()
                .filter(e -> e.getLoggerName().equals(PartnerBot.class.getName()) && e.getLevel().toString().equals("INFO"))
                .toList();
        assertThat(commands).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.startsWith("command setup ok"))
                .anyMatch(m -> m.startsWith("command agenda add ok"))
                .anyMatch(m -> m.startsWith("command unknown refused"));
        ILoggingEvent agendaAdd = commands.stream().filter(e -> e.getFormattedMessage().startsWith("command agenda add"))
                .findFirst().orElseThrow();
        assertThat(agendaAdd.getMDCPropertyMap()).containsEntry("workspace", "slack:T1").containsKey("partnership");
        assertThat(encoder.getLayout().doLayout(agendaAdd))
                .contains("workspace=slack:T1 partnership=" + agendaAdd.getMDCPropertyMap().get("partnership") + " command agenda add ok");
    }

    private static String everything(Throwable t) {
        StringBuilder out = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.append(c).append('\n');
        }
        return out.toString();
    }

    private static String everything(IThrowableProxy t) {
        StringBuilder out = new StringBuilder();
        for (IThrowableProxy c = t; c != null; c = c.getCause()) {
            out.append(c.getClassName()).append(": ").append(c.getMessage()).append('\n');
            for (StackTraceElementProxy s : c.getStackTraceElementProxyArray()) {
                out.append(s.getSTEAsString()).append('\n');
            }
            for (IThrowableProxy suppressed : c.getSuppressed()) {
                out.append(everything(suppressed));
            }
        }
        return out.toString();
    }
}
