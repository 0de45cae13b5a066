/** The neutral reply model: what the bot says, independent of Slack, Teams or the console, with its plain-text form (the console, summaries, fallbacks). Other formats are in `render`. */
package org.partnerbot.core.reply;
