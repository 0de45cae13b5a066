/** JDBC storage of people's languages and partnerships' language policies, in the caller's transaction. */
package org.partnerbot.core.store.language;
