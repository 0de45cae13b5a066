/** JDBC storage of retention policies, and the deletes that apply them, in the caller's transaction. */
package org.partnerbot.core.store.retention;
