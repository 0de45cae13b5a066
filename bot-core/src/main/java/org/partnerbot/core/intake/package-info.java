/**
 * Inbound intake: an input in neutral terms ({@link org.partnerbot.core.intake.Inbound}), whether its delivery was
 * taken in before (the {@link org.partnerbot.core.intake.Inbox}, the place for the durable inbox), and who said it
 * where (partnership, enrolment, lines said in a live meeting).
 */
package org.partnerbot.core.intake;
