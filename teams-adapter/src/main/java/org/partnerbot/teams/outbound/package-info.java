/** Proactive messages through stored conversation references, with retries and deactivation of dead references. */
package org.partnerbot.teams.outbound;
