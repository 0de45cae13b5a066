/** Meetings: live MeetBot-style minutes, lines said per person and agency (contributions only), the official record (attendance by agency, apologies, quorum, approval, corrections, amendments, votes, marking), stored minutes and their exports, and what a meeting carries over (agenda items not reached, open actions for review, matters arising). */
package org.partnerbot.core.meetings;
