/** JDBC side of erasure: pseudonymising a membership across the partnership's tables and deleting a person's traces, in the caller's transaction. */
package org.partnerbot.core.store.erasure;
