/** JDBC storage of meetings, their minutes and lines said, in the caller's transaction. */
package org.partnerbot.core.store.meetings;
