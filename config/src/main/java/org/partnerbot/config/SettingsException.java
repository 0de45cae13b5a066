package org.partnerbot.config;

/** A missing or contradictory setting: start-up stops with this one-line message. */
public class SettingsException extends RuntimeException {

    public SettingsException(String message) {
        super(message, null, false, false);
    }
}
