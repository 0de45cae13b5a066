/** Coffee-chat pairing across agencies: `pairing now|weekly|skip`, the weekly round, and each person's message through the outbox. */
package org.partnerbot.core.pairing;
