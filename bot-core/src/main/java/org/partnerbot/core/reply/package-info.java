/** The neutral reply model: what the bot says, independent of Slack, Teams or the console. */
package org.partnerbot.core.reply;
