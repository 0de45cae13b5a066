/** Activities in the durable inbox: what is kept of one, and the turn an inbox worker runs for it. */
package org.partnerbot.teams.intake;
