package org.partnerbot.config;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Partnerbot. {@code --console} (or no platform settings at all) runs the console on stdin/stdout;
 * otherwise every adapter whose settings are present runs on the shared HTTP listener.
 */
public final class Main {

    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(List.of(args), Settings.fromEnvironment(), System.in, out);
        } catch (SettingsException e) {
            System.err.println("partnerbot: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    public static int run(List<String> args, Settings settings, java.io.InputStream in, PrintStream out) {
        boolean console = args.contains("--console") || (!settings.slackConfigured() && !settings.teamsConfigured());
        ShutdownSignal signal = console ? null : ShutdownSignal.install();
        try (Application app = Application.start(settings, console, out)) {
            if (console) {
                if (!args.contains("--console")) {
                    System.err.println("No Slack or Teams settings: starting console mode. Set SLACK_BOT_TOKEN with"
                            + " SLACK_APP_TOKEN or SLACK_SIGNING_SECRET for Slack, MICROSOFT_APP_ID and"
                            + " MICROSOFT_APP_PASSWORD for Teams.");
                }
                if (System.console() != null) {
                    org.partnerbot.config.console.ConsoleMode.printBanner(out, settings.consoleLanguage());
                }
                app.console().run(in);
            } else {
                signal.await();
            }
            return 0;
        } catch (java.io.IOException e) {
            log.error("console input failed", e);
            return 1;
        } finally {
            if (signal != null) {
                signal.stopped(); // after the server's close, which the try above did
            }
        }
    }
}
