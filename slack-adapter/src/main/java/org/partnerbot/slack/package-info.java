/** The Slack adapter: Bolt for Java in Socket Mode or HTTP mode, translating Slack to and from the neutral core. */
package org.partnerbot.slack;
