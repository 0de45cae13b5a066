/** `my data`: everything the bot holds about the asker (memberships, roles, duties, actions, lines said per meeting, what they recorded, kudos, pairing, audit entries), as a file sent to them privately. */
package org.partnerbot.core.mydata;
