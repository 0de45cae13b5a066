/** Installing Partnerbot in many Slack workspaces from a link: Bolt's OAuth flow on our own database, tokens sealed. */
package org.partnerbot.slack.install;
