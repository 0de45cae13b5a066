/** Inbound intake: which platform deliveries were already taken in (de-duplication of retries); the place for the durable inbox. */
package org.partnerbot.core.intake;
