/** Retention: the partnership's policy (`retention <N> years`) and the daily sweep that deletes meetings, their minutes and lines said past it (with their actions once closed); also prunes the intake's de-duplication log once nothing can be replayed. Until a policy is set nothing is deleted. */
package org.partnerbot.core.retention;
