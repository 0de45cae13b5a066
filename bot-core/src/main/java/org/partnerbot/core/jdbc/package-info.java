/** JDBC repositories, transactions and Flyway migrations: the only place the core speaks SQL. */
package org.partnerbot.core.jdbc;
