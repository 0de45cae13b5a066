package org.partnerbot.core.signing;

/** Port: the bot's secret keys, made once (on first start) and shared by every node. Never logged. */
public interface SigningKeys {

    /** The key of this name, made from {@code fresh} if there is none yet (the first node to store one wins). */
    byte[] key(String name, byte[] fresh);
}
