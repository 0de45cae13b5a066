/** JDBC storage of adapters' stored conversation references, in the caller's transaction. */
package org.partnerbot.core.store.messaging;
