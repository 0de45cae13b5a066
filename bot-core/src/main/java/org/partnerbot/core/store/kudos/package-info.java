/** JDBC storage of kudos, in the caller's transaction. */
package org.partnerbot.core.store.kudos;
