/** The outbox: every message the bot sends unasked (reminders, escalations, digests, pairing, welcomes) is recorded here first, then sent, retried with back-off and never marked sent before it was. */
package org.partnerbot.core.outbox;
