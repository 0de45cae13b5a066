package org.partnerbot.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Settings from environment variables, with a properties file ({@code partnerbot.properties} in the working
 * directory, or the file named by {@code PARTNERBOT_CONFIG}) able to set the same keys. The environment wins.
 */
public final class Settings {

    private static final Set<String> SECRETS = Set.of("PARTNERBOT_DB_PASSWORD", "PARTNERBOT_DB_FILE_PASSWORD",
            "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_CLIENT_SECRET", "MICROSOFT_APP_PASSWORD");
    static final String DB_FILE_PASSWORD = "PARTNERBOT_DB_FILE_PASSWORD";

    /** The port platforms such as container hosts hand a process; {@code PARTNERBOT_PORT} wins when both are set. */
    static final String PORT = "PORT";

    private final Map<String, String> values;

    public Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Settings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * The settings file (when there is one) overlaid with the environment's own variables: {@code PARTNERBOT_*},
     * {@code SLACK_*}, {@code MICROSOFT_APP_*}, and {@code PORT}, which platforms that choose a process's port set
     * (it counts only when {@code PARTNERBOT_PORT} is absent).
     */
    static Settings fromEnvironment(Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        String file = environment.getOrDefault("PARTNERBOT_CONFIG", "partnerbot.properties");
        Path path = Path.of(file);
        if (Files.isRegularFile(path)) {
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(path)) {
                props.load(in);
            } catch (IOException e) {
                throw new SettingsException("Cannot read settings file " + path + ": " + e.getMessage());
            }
            props.stringPropertyNames().forEach(k -> merged.put(k, props.getProperty(k)));
        }
        environment.forEach((k, v) -> {
            if (k.startsWith("PARTNERBOT_") || k.startsWith("SLACK_") || k.startsWith("MICROSOFT_APP_") || k.equals(PORT)) {
                merged.put(k, v);
            }
        });
        return new Settings(merged);
    }

    public Optional<String> get(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public boolean has(String key) {
        return get(key).isPresent();
    }

    public String dbUrl() {
        return get("PARTNERBOT_DB_URL", "jdbc:h2:file:./data/partnerbot");
    }

    public String dbUser() {
        return get("PARTNERBOT_DB_USER", "sa");
    }

    public String dbPassword() {
        return get("PARTNERBOT_DB_PASSWORD", "");
    }

    /**
     * The password that encrypts the H2 database files ({@code CIPHER=AES}), when set. Only an H2 file database has
     * files to encrypt: with any other {@code PARTNERBOT_DB_URL} it is a contradiction, refused at start-up.
     */
    public Optional<String> dbFilePassword() {
        Optional<String> password = get(DB_FILE_PASSWORD);
        if (password.isPresent()) {
            String url = dbUrl();
            boolean h2File = url.startsWith("jdbc:h2:") && !url.toLowerCase(java.util.Locale.ROOT).matches(
                    "^jdbc:h2:(mem|tcp|ssl|zip):.*");
            if (!h2File) {
                throw new SettingsException(DB_FILE_PASSWORD + " encrypts H2 database files, but PARTNERBOT_DB_URL is "
                        + url.split(";")[0] + ". For PostgreSQL, use its own protections (TLS, a dedicated role, disk"
                        + " encryption) and leave " + DB_FILE_PASSWORD + " unset.");
            }
            if (password.get().contains(" ")) {
                throw new SettingsException(DB_FILE_PASSWORD + " must not contain spaces (H2 separates it from the database"
                        + " password with one).");
            }
        }
        return password;
    }

    public String host() {
        return get("PARTNERBOT_HOST", "127.0.0.1");
    }

    public int port() {
        String name = has("PARTNERBOT_PORT") || !has(PORT) ? "PARTNERBOT_PORT" : PORT;
        return portNamed(name, get(name).orElse("3978"));
    }

    /** {@code PARTNERBOT_MANAGEMENT_HOST}: where {@code /healthz} and {@code /metrics} listen (loopback unless exposed). */
    public String managementHost() {
        return get("PARTNERBOT_MANAGEMENT_HOST", "127.0.0.1");
    }

    /** {@code PARTNERBOT_MANAGEMENT_PORT}, default 3979. */
    public int managementPort() {
        return portNamed("PARTNERBOT_MANAGEMENT_PORT", get("PARTNERBOT_MANAGEMENT_PORT").orElse("3979"));
    }

    /** {@code PARTNERBOT_INBOX_LIMIT}: inputs waiting or under way past which new ones are answered "busy". */
    public int inboxLimit() {
        return positive("PARTNERBOT_INBOX_LIMIT", 2000);
    }

    /** {@code PARTNERBOT_INBOX_WORKERS}: threads doing the inbox's work on this node. */
    public int inboxWorkers() {
        return positive("PARTNERBOT_INBOX_WORKERS", 4);
    }

    /** {@code PARTNERBOT_LANGUAGE}: the language of console users who never chose one, {@code en} (default) or {@code cy}. */
    public String consoleLanguage() {
        String raw = get("PARTNERBOT_LANGUAGE", "en").strip();
        return org.partnerbot.core.i18n.Language.parse(raw).map(org.partnerbot.core.i18n.Language::code)
                .orElseThrow(() -> new SettingsException("PARTNERBOT_LANGUAGE must be en or cy, not \"" + raw + "\"."));
    }

    private int positive(String name, int fallback) {
        String raw = get(name).orElse(Integer.toString(fallback));
        try {
            int n = Integer.parseInt(raw);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new SettingsException(name + " must be a whole number of at least 1, not \"" + raw + "\".");
        }
    }

    private static int portNamed(String name, String raw) {
        try {
            int port = Integer.parseInt(raw);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new SettingsException(name + " must be a port number (0-65535), not \"" + raw + "\".");
        }
    }

    public boolean slackConfigured() {
        return has("SLACK_BOT_TOKEN") || has("SLACK_APP_TOKEN") || has("SLACK_SIGNING_SECRET") || has("SLACK_CLIENT_ID")
                || has("SLACK_CLIENT_SECRET");
    }

    public boolean teamsConfigured() {
        return has("MICROSOFT_APP_ID");
    }

    /** A value safe to log: secrets are masked. */
    public String describe(String key) {
        return get(key).map(v -> SECRETS.contains(key) ? "(set)" : v).orElse("(not set)");
    }
}
