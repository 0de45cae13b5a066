/** JDBC storage of pairing rounds, skips and the weekly-pairing switch, in the caller's transaction. */
package org.partnerbot.core.store.pairing;
