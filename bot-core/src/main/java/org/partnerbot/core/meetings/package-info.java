/** Meetings: live MeetBot-style minutes, lines said per person and agency, stored minutes and `minutes export`, and what a meeting carries over (agenda items not reached, open actions for review). */
package org.partnerbot.core.meetings;
