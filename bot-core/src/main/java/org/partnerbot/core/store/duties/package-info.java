/** JDBC storage of the duties register, in the caller's transaction. */
package org.partnerbot.core.store.duties;
