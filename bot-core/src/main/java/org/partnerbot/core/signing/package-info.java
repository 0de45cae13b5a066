/** Signed values: the bot's HMAC seal on everything it asks a platform to hand back (button values, modal metadata, card data), with its key kept in the database so every node shares it. */
package org.partnerbot.core.signing;
