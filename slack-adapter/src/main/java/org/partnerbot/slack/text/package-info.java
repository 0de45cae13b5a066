/** Slack text both ways: escaping what the bot shows, un-escaping and defusing what people type. */
package org.partnerbot.slack.text;
