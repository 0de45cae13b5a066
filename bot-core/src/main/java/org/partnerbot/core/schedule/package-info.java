/** The weekly meeting series: weekday, local time and IANA zone, skip dates and pause; `schedule …` and `next`. */
package org.partnerbot.core.schedule;
