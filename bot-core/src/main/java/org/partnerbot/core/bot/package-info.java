/** The bot's single entry point: from a neutral input to a neutral reply, one transaction per command. */
package org.partnerbot.core.bot;
