/**
 * The dashboard in the browser: `dashboard` (a single-use sign-in link), the rules of sign-in links and sessions, and
 * the pages' read models (pure data: overview, duties matrix, action log, meetings, trends, evidence pack), every read
 * checked against current membership through {@code access.Access}.
 */
package org.partnerbot.core.dashboard;
