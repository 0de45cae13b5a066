/** JDBC storage of the bot's signing keys. */
package org.partnerbot.core.store.signing;
