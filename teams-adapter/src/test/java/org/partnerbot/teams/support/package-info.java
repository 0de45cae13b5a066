/** Test support: a fake Bot Connector, a running Teams endpoint on loopback, activity builders and a scenario driver. */
package org.partnerbot.teams.support;
