/** Shared JDBC plumbing: the database and its Flyway migrations, the JDBC helper, transactions. Each capability's repositories are in `store.<capability>`; this is the only place the core speaks SQL. */
package org.partnerbot.core.store;
