/** Block Kit rendering of the core's neutral replies, and the button values that call back into the core. */
package org.partnerbot.slack.blocks;
