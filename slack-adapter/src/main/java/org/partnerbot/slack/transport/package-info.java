/** How Slack reaches the bot: HTTP Events API on the shared listener, or a Socket Mode connection. */
package org.partnerbot.slack.transport;
