/** JDBC repositories of the team-building and health capabilities, on the core's connection and transactions. */
package org.partnerbot.core.jdbc.teambuilding;
