/** Slash commands, events and interactions turned into core inputs; replies sent where the asker expects them. */
package org.partnerbot.slack.inbound;
