/** The dashboard's JDBC side: sign-in links and sessions (by token hash) and the partnership's shape at each meeting. */
package org.partnerbot.core.store.dashboard;
