/** JDBC storage of icebreaker questions asked and added, in the caller's transaction. */
package org.partnerbot.core.store.icebreakers;
