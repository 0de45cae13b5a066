package org.partnerbot.core.dashboard;

import java.time.Instant;
import java.util.Optional;

/** Port: sign-in links and sessions, by the SHA-256 of their tokens (the tokens themselves are never stored). */
public interface SignInTokens {

    void storeLink(String tokenHash, Reader reader, Instant expires);

    /** Marks the link used and returns whose it was, when it exists, is unused and has not expired; else empty. */
    Optional<Reader> useLink(String tokenHash, Instant now);

    void storeSession(String tokenHash, Reader reader, Instant expires);

    /** Whose session this is, while it lasts. */
    Optional<Reader> session(String tokenHash, Instant now);

    /** Whether the person has a session that still lasts. */
    boolean signedIn(Reader reader, Instant now);

    void endSession(String tokenHash);

    /** Drops links and sessions that can no longer open anything. */
    void forgetExpired(Instant now);
}
