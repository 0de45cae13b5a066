/** JDBC storage of the health report's own facts and the digests already recorded, in the caller's transaction. */
package org.partnerbot.core.store.health;
