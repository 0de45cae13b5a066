/** Loopback stand-ins for Slack: the Web API, response URLs and a Socket Mode server, all recording what they got. */
package org.partnerbot.slack.fakes;
