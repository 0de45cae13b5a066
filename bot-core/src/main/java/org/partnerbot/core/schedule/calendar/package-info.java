/** The calendar feed beside the schedule: `calendar`, `calendar reset`, and the unguessable tokens behind `GET /calendar/<token>.ics`. */
package org.partnerbot.core.schedule.calendar;
