/**
 * Inbound intake: an input in neutral terms ({@link org.partnerbot.core.intake.Inbound}); the durable inbox every
 * accepted platform input is written to before the platform is acknowledged ({@link org.partnerbot.core.intake.Inbox},
 * {@link org.partnerbot.core.intake.InboxWorkers}: de-duplication, backpressure, workers in each conversation's
 * order); and who said it where (partnership, enrolment, lines said in a live meeting).
 */
package org.partnerbot.core.intake;
