/** Meetings: live MeetBot-style minutes, lines said per person and agency, and stored minutes. */
package org.partnerbot.core.meetings;
