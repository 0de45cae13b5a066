/** JDBC storage of actions, in the caller's transaction. */
package org.partnerbot.core.store.actions;
