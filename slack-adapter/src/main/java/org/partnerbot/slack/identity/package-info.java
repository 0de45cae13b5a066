/** Who a Slack user is (display name, time zone) from users.info, cached. */
package org.partnerbot.slack.identity;
