/** Reading Teams activities in the core's terms: workspace, partnership conversation, speaker, mentions, button presses. */
package org.partnerbot.teams.inbound;
