/** Calls to Slack's Web API and response URLs, rate-limit aware, and the core's Messenger for Slack. */
package org.partnerbot.slack.outbound;
