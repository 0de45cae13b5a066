package org.partnerbot.core.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnerbot.core.transaction.Transactions;

/**
 * The rules of signing in to the dashboard. `dashboard` hands out a link that works once, within
 * {@link #LINK_LIFETIME}; using it opens a session of {@link #SESSION_LIFETIME} (a working day). Both tokens are 256
 * random bits; only their SHA-256 is stored, so the database alone opens nothing. A malformed, unknown, used or expired
 * token looks the same as one that never existed. Membership is not decided here: every page asks
 * {@code Access} again.
 */
public final class SignIn {

    public static final Duration LINK_LIFETIME = Duration.ofMinutes(15);
    public static final Duration SESSION_LIFETIME = Duration.ofHours(8);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** A session just opened: the token for the cookie, and when it ends. */
    public record Session(String token, Instant expires, Reader reader) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Transactions transactions;
    private final SignInTokens tokens;
    private final Clock clock;

    public SignIn(Transactions transactions, SignInTokens tokens, Clock clock) {
        this.transactions = transactions;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new single-use link token for this person. Call inside the command's transaction. */
    String newLink(Reader reader) {
        Instant now = clock.instant();
        tokens.forgetExpired(now);
        String token = newToken();
        tokens.storeLink(hash(token), reader, now.plus(LINK_LIFETIME));
        return token;
    }

    /** Whether this person already has a session that lasts. Call inside the command's transaction. */
    boolean signedIn(Reader reader) {
        return tokens.signedIn(reader, clock.instant());
    }

    /** Uses a sign-in link: a session when the link is good, else empty. Runs its own transaction. */
    public Optional<Session> useLink(String linkToken) {
        if (!wellFormed(linkToken)) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            return tokens.useLink(hash(linkToken), now).map(reader -> {
                String session = newToken();
                Instant expires = now.plus(SESSION_LIFETIME);
                tokens.storeSession(hash(session), reader, expires);
                return new Session(session, expires, reader);
            });
        });
    }

    /** Who holds this session token, while the session lasts. Runs its own transaction. */
    public Optional<Reader> reader(String sessionToken) {
        if (!wellFormed(sessionToken)) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> tokens.session(hash(sessionToken), clock.instant()));
    }

    public void signOut(String sessionToken) {
        if (wellFormed(sessionToken)) {
            transactions.run(() -> tokens.endSession(hash(sessionToken)));
        }
    }

    private static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
