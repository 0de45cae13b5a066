package org.partnerbot.core.store;

/** A database failure; callers see it as an unexpected error, never as a user's mistake. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
