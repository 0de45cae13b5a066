/** Console mode: a whole partnership played in the terminal, on the same core as Slack and Teams. */
package org.partnerbot.config.console;
